import 'server-only';
import { can, ROLES } from '@/lib/auth/permissions';
import type { ClaimState, Prisma } from '@/lib/generated/prisma/client';
import { moveNotificationKind, notificationMessage } from './messages';
import { notify } from './notify';

// The one place the workflow, claim edits and notes report events; each call runs in the change's transaction.

type Actor = { id: string; name: string };

const claimFor = (tx: Prisma.TransactionClient, claimId: string) =>
  tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { text: true, assigneeId: true, verdictAuthorId: true },
  });

export interface ClaimMove {
  claimId: string;
  from: ClaimState;
  to: ClaimState;
  note?: string | null;
  /** Publishing over a live publication: a correction. */
  republished?: boolean;
}

/** A workflow move: reviewers hear of submissions; the verdict's author and the assignee of what follows. */
export async function notifyClaimMove(tx: Prisma.TransactionClient, actor: Actor, move: ClaimMove) {
  const kind = moveNotificationKind(move.from, move.to, !!move.republished);
  if (!kind) return;
  const claim = await claimFor(tx, move.claimId);
  const recipientIds =
    kind === 'SUBMITTED_FOR_REVIEW'
      ? (
          await tx.user.findMany({
            where: { role: { in: ROLES.filter((role) => can(role, 'claims.review')) } },
            select: { id: true },
          })
        ).map((user) => user.id)
      : [claim.verdictAuthorId, claim.assigneeId];
  await notify(tx, {
    kind,
    recipientIds,
    actor,
    claimId: move.claimId,
    message: notificationMessage(kind, {
      actorName: actor.name,
      claimText: claim.text,
      note: move.note,
    }),
  });
}

export async function notifyAssignment(
  tx: Prisma.TransactionClient,
  actor: Actor,
  claimId: string,
  assigneeId: string,
) {
  const claim = await claimFor(tx, claimId);
  await notify(tx, {
    kind: 'ASSIGNED',
    recipientIds: [assigneeId],
    actor,
    claimId,
    message: notificationMessage('ASSIGNED', { actorName: actor.name, claimText: claim.text }),
  });
}

export async function notifyMentions(
  tx: Prisma.TransactionClient,
  actor: Actor,
  claimId: string,
  mentionedIds: string[],
  body: string,
) {
  if (!mentionedIds.length) return;
  const claim = await claimFor(tx, claimId);
  await notify(tx, {
    kind: 'MENTIONED',
    recipientIds: mentionedIds,
    actor,
    claimId,
    message: notificationMessage('MENTIONED', {
      actorName: actor.name,
      claimText: claim.text,
      note: body,
    }),
  });
}
