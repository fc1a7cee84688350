import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordAudit } from '@/lib/audit';
import { staleClaimVersion, updateClaimAtVersion } from '@/lib/data/claim-version';
import { db } from '@/lib/db';
import { invalid, notFound } from '@/lib/errors';
import { withdrawSchema } from '@/lib/schemas/workflow';
import type { WorkflowResult } from './service';

/**
 * Unpublishes a claim's verdict: readers no longer see it. A claim still in PUBLISHED goes back to
 * VERIFYING for rework (the same move as reopening); a claim already reopened keeps its state.
 */
export async function withdrawPublication(
  actor: SessionUser | null,
  claimId: string,
  input: unknown,
): Promise<WorkflowResult> {
  const user = assertCan(actor, 'claims.publish');
  const { version, note } = withdrawSchema.parse(input);
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { state: true, version: true, reviewRound: true },
    });
    if (!claim) throw notFound('Claim');
    if (claim.version !== version) throw staleClaimVersion(claim.version);
    const { count } = await tx.publication.updateMany({
      where: { claimId, withdrawnAt: null },
      data: { withdrawnAt: new Date() },
    });
    if (count === 0) throw invalid('This claim has no published verdict to withdraw.');
    const state = claim.state === 'PUBLISHED' ? 'VERIFYING' : claim.state;
    await updateClaimAtVersion(
      tx,
      { id: claimId, version, states: [claim.state] },
      claim.state === 'PUBLISHED' ? { state, reviewRound: claim.reviewRound + 1 } : {},
    );
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'claim',
      entityId: claimId,
      action: 'claim.withdraw',
      // A state appears only when it changed, so replaying the trail sees PUBLISHED -> VERIFYING and nothing else.
      before: { ...(state !== claim.state ? { state: claim.state } : {}), version },
      after: { ...(state !== claim.state ? { state } : {}), version: version + 1, note },
    });
    return { id: claimId, state, version: version + 1 };
  });
}
