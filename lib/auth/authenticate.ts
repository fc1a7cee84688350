import 'server-only';
import { db } from '@/lib/db';
import { signInSchema } from '@/lib/schemas/sign-in';
import { logSecurityEvent } from '@/lib/security/security-log';
import { dummyPasswordHash, verifyPassword } from './passwords';
import {
  recordFailure,
  recordSuccess,
  secondsUntilAllowed,
  throttleKeys,
} from './sign-in-throttle';

export class SignInThrottledError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `Too many sign-in attempts. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`,
    );
  }
}

/**
 * Checks credentials; returns the user id and session version, or null for any wrong email,
 * password or disabled account alike.
 */
export async function authenticate(
  credentials: unknown,
  clientAddress: string | null,
  requestId: string | null = null,
): Promise<{ id: string; sessionVersion: number } | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const keys = throttleKeys(email, clientAddress);

  const context = { email, clientAddress, requestId };
  const wait = await secondsUntilAllowed(keys);
  if (wait > 0) {
    logSecurityEvent('auth.throttled', { ...context, retryAfterSeconds: wait });
    throw new SignInThrottledError(wait);
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabled: true, sessionVersion: true },
  });
  const passwordOk = await verifyPassword(
    user?.passwordHash ?? (await dummyPasswordHash()),
    parsed.data.password,
  );
  if (!user || !passwordOk || user.disabled) {
    await recordFailure(keys);
    const reason = !user ? 'unknown email' : user.disabled ? 'disabled account' : 'wrong password';
    logSecurityEvent('auth.sign_in_failed', { ...context, userId: user?.id ?? null, reason });
    return null;
  }
  await recordSuccess(email);
  logSecurityEvent('auth.sign_in', { ...context, userId: user.id });
  return { id: user.id, sessionVersion: user.sessionVersion };
}
