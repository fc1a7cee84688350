import 'server-only';
import { db } from '@/lib/db';
import { CLAIM_STATES, FINISHED_STATES } from '@/lib/workflow/states';
import { notificationMessage } from './messages';
import { notify } from './notify';

const OPEN_STATES = CLAIM_STATES.filter((state) => !FINISHED_STATES.includes(state));
const DAY_MS = 24 * 60 * 60_000;

/**
 * Reminds assignees of open claims due within a day or overdue. Idempotent (one reminder per
 * claim, kind, due date and assignee), so a scheduler may run it as often as it likes;
 * `npm run notify:due` runs it once.
 */
export async function notifyDueClaims(now = new Date()) {
  const claims = await db.claim.findMany({
    where: {
      state: { in: OPEN_STATES },
      assigneeId: { not: null },
      dueAt: { lte: new Date(now.getTime() + DAY_MS) },
    },
    select: { id: true, text: true, dueAt: true, assigneeId: true },
    orderBy: { dueAt: 'asc' },
  });
  let written = 0;
  for (const claim of claims) {
    const kind = claim.dueAt! <= now ? 'OVERDUE' : 'DUE_SOON';
    const key = (userId: string) => `${kind}:${claim.id}:${claim.dueAt!.toISOString()}:${userId}`;
    if (await db.notification.findUnique({ where: { dedupeKey: key(claim.assigneeId!) } }))
      continue;
    written += await db.$transaction((tx) =>
      notify(tx, {
        kind,
        recipientIds: [claim.assigneeId],
        actor: null,
        claimId: claim.id,
        message: notificationMessage(kind, {
          actorName: null,
          claimText: claim.text,
          dueAt: claim.dueAt,
        }),
        dedupeKey: key,
      }),
    );
  }
  return { reminded: written };
}
