import 'server-only';
import { db } from '@/lib/db';
import { backoffSeconds, type ThrottleKind } from './backoff';

const RESET_AFTER = '1 hour';

export function throttleKeys(email: string, clientAddress: string | null) {
  const keys: { kind: ThrottleKind; key: string }[] = [
    { kind: 'account', key: `account:${email.trim().toLowerCase()}` },
  ];
  if (clientAddress) keys.push({ kind: 'address', key: `address:${clientAddress}` });
  return keys;
}

/** Seconds the caller must wait before another attempt, or 0. */
export async function secondsUntilAllowed(keys: { key: string }[]): Promise<number> {
  const rows = await db.signInThrottle.findMany({
    where: { key: { in: keys.map((k) => k.key) }, blockedUntil: { gt: new Date() } },
    select: { blockedUntil: true },
  });
  const until = Math.max(0, ...rows.map((row) => row.blockedUntil!.getTime()));
  return until ? Math.ceil((until - Date.now()) / 1000) : 0;
}

export async function recordFailure(keys: { kind: ThrottleKind; key: string }[]): Promise<void> {
  for (const { kind, key } of keys) {
    // One statement per key, so concurrent failures on several instances all count.
    const [row] = await db.$queryRawUnsafe<{ failures: number }[]>(
      `INSERT INTO "SignInThrottle" ("key", "failures", "lastFailureAt") VALUES ($1, 1, now())
       ON CONFLICT ("key") DO UPDATE SET
         "failures" = CASE WHEN "SignInThrottle"."lastFailureAt" < now() - interval '${RESET_AFTER}' THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
         "lastFailureAt" = now()
       RETURNING "failures"`,
      key,
    );
    const delay = backoffSeconds(kind, row.failures);
    if (delay > 0) {
      await db.signInThrottle.update({
        where: { key },
        data: { blockedUntil: new Date(Date.now() + delay * 1000) },
      });
    }
  }
}

export async function recordSuccess(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: throttleKeys(email, null)[0].key } });
}
