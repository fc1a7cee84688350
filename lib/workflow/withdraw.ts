import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordAudit } from '@/lib/audit';
import { staleClaimVersion, updateClaimAtVersion } from '@/lib/data/claim-version';
import { db } from '@/lib/db';
import { invalid } from '@/lib/errors';
import { withdrawSchema } from '@/lib/schemas/workflow';
import { loadClaimFacts } from './claim-facts';
import { applyMove, type WorkflowResult } from './service';

/**
 * Unpublishes a claim's verdict: readers no longer see it. A claim still in PUBLISHED goes back to
 * VERIFYING for rework (the reopen move itself, recorded as the withdrawal); a claim already
 * reopened keeps its state.
 */
export async function withdrawPublication(
  actor: SessionUser | null,
  claimId: string,
  input: unknown,
): Promise<WorkflowResult> {
  const user = assertCan(actor, 'claims.publish');
  const { version, note } = withdrawSchema.parse(input);
  return db.$transaction(async (tx) => {
    const facts = await loadClaimFacts(tx, claimId);
    if (facts.version !== version) throw staleClaimVersion(facts.version);
    const { count } = await tx.publication.updateMany({
      where: { claimId, withdrawnAt: null },
      data: { withdrawnAt: new Date() },
    });
    if (count === 0) throw invalid('This claim has no published verdict to withdraw.');
    if (facts.state === 'PUBLISHED')
      return applyMove(tx, user, facts, { to: 'VERIFYING', version, note }, 'claim.withdraw');
    // No state change, so the trail records none: replaying it sees only real moves.
    await updateClaimAtVersion(tx, { id: claimId, version, states: [facts.state] }, {});
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'claim',
      entityId: claimId,
      action: 'claim.withdraw',
      before: { version },
      after: { version: version + 1, note },
    });
    return { id: claimId, state: facts.state, version: version + 1 };
  });
}
