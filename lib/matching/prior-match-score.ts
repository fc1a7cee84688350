import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Stores on the claim its best "seen before" score against an earlier claim that has a live
 * published verdict (null when there is none), the triage queue's "already checked" signal.
 * Rejected matches do not count.
 */
export async function refreshPriorMatchScore(
  tx: Prisma.TransactionClient,
  claimId: string,
): Promise<number | null> {
  const best = await tx.claimMatch.aggregate({
    where: {
      claimId,
      status: { not: 'REJECTED' },
      earlierClaim: { publications: { some: { withdrawnAt: null } } },
    },
    _max: { score: true },
  });
  const priorMatchScore = best._max.score ?? null;
  await tx.claim.update({ where: { id: claimId }, data: { priorMatchScore } });
  return priorMatchScore;
}
