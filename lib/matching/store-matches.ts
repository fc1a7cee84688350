import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { findMatches } from './find-matches';
import { refreshPriorMatchScore } from './prior-match-score';

export interface NewClaim {
  id: string;
  articleId: string;
  text: string;
  speaker: string | null;
}

/** Finds and stores "seen before" candidates for claims just saved, inside the caller's transaction. */
export async function matchNewClaims(
  tx: Prisma.TransactionClient,
  claims: readonly NewClaim[],
): Promise<number> {
  let stored = 0;
  for (const claim of claims) {
    const candidates = await findMatches(tx, claim);
    if (!candidates.length) continue;
    const result = await tx.claimMatch.createMany({
      data: candidates.map((candidate) => ({
        claimId: claim.id,
        earlierClaimId: candidate.earlierClaimId,
        score: candidate.score,
        features: { ...candidate.features },
      })),
      skipDuplicates: true,
    });
    stored += result.count;
    await refreshPriorMatchScore(tx, claim.id);
  }
  return stored;
}
