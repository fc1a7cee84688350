import 'server-only';
import { notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimFacts } from './decide';

export type ClaimFactsWithVersion = ClaimFacts & {
  id: string;
  version: number;
  reviewRound: number;
};

type SettingsClient = Pick<Prisma.TransactionClient, 'newsroomSettings'>;

/** Approvals a verdict needs (1 unless configured) and the two-person rule (on unless an admin turned it off). */
export async function readReviewRules(client: SettingsClient) {
  const settings = await client.newsroomSettings.findUnique({
    where: { id: 'newsroom' },
    select: { reviewQuorum: true, twoPersonRule: true },
  });
  return reviewRulesOf(settings);
}

/** The review rules of a settings row (null: not created yet, so the defaults). */
export function reviewRulesOf(settings: { reviewQuorum: number; twoPersonRule: boolean } | null) {
  return {
    quorum: Math.max(1, settings?.reviewQuorum ?? 1),
    twoPersonRule: settings?.twoPersonRule ?? true,
  };
}

export async function readReviewQuorum(client: SettingsClient) {
  return (await readReviewRules(client)).quorum;
}

/** Reads what the workflow rules need about one claim, inside the caller's transaction. */
export async function loadClaimFacts(
  tx: Prisma.TransactionClient,
  claimId: string,
): Promise<ClaimFactsWithVersion> {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      state: true,
      version: true,
      reviewRound: true,
      rating: true,
      summary: true,
      explanation: true,
      verdictAuthorId: true,
      citedPublication: { select: { withdrawnAt: true } },
      _count: { select: { sources: true } },
    },
  });
  if (!claim) throw notFound('Claim');
  // Sequential: one transaction is one connection, and node-postgres runs one query at a time on it.
  const approvals = await tx.review.findMany({
    where: { claimId, round: claim.reviewRound, decision: 'APPROVE' },
    select: { reviewerId: true },
  });
  const livePublication = await tx.publication.findFirst({
    where: { claimId, withdrawnAt: null },
    select: { id: true },
  });
  return {
    id: claim.id,
    version: claim.version,
    reviewRound: claim.reviewRound,
    state: claim.state,
    sourceCount: claim._count.sources,
    hasProposedVerdict: !!(claim.rating && claim.summary?.trim() && claim.explanation?.trim()),
    hasLivePublication: !!livePublication,
    citesLivePublication: !!claim.citedPublication && !claim.citedPublication.withdrawnAt,
    verdictAuthorId: claim.verdictAuthorId,
    approverIds: approvals.map((a) => a.reviewerId),
    ...(await readReviewRules(tx)),
  };
}
