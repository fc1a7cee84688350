import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { conflict, notFound } from '@/lib/errors';
import type { MatchStatus, Prisma } from '@/lib/generated/prisma/client';
import { matchDecisionSchema } from '@/lib/schemas/claim-match';
import { refreshPriorMatchScore } from '@/lib/matching/prior-match-score';
import type { MatchFeatures } from '@/lib/matching/score';

export interface SeenBeforeEntry {
  matchId: string;
  status: MatchStatus;
  score: number;
  features: MatchFeatures;
  claim: {
    id: string;
    text: string;
    speaker: string | null;
    articleTitle: string;
    outlet: string | null;
  };
  /** The earlier claim's live published verdict, if any. */
  verdict: {
    publicationId: string;
    rating: string;
    summary: string;
    publicSlug: string;
    publishedAt: Date;
  } | null;
}

const LIVE = { withdrawnAt: null } as const;

/** Earlier claims matched with this one, best first, with their published verdicts; rejected ones last. */
export async function listSeenBefore(
  actor: SessionUser | null,
  claimId: string,
): Promise<SeenBeforeEntry[]> {
  assertCan(actor, 'claims.view');
  // Most claims have no match: the earlier claims, their articles and verdicts are read only for some.
  const found = await db.claimMatch.findMany({
    where: { claimId },
    orderBy: [{ score: 'desc' }, { id: 'asc' }],
    select: { id: true, status: true, score: true, features: true, earlierClaimId: true },
  });
  if (!found.length) return [];
  const earlierClaims = await db.claim.findMany({
    where: { id: { in: found.map((match) => match.earlierClaimId) } },
    select: {
      id: true,
      slug: true,
      text: true,
      speaker: true,
      article: { select: { title: true, outlet: true } },
      publications: {
        where: LIVE,
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        take: 1,
        select: { id: true, rating: true, summary: true, publishedAt: true },
      },
    },
  });
  const byId = new Map(earlierClaims.map((claim) => [claim.id, claim]));
  const entries = found.map(({ earlierClaimId, ...match }) => {
    const earlier = byId.get(earlierClaimId)!;
    const live = earlier.publications[0];
    return {
      matchId: match.id,
      status: match.status,
      score: match.score,
      features: match.features as unknown as MatchFeatures,
      claim: {
        id: earlier.id,
        text: earlier.text,
        speaker: earlier.speaker,
        articleTitle: earlier.article.title,
        outlet: earlier.article.outlet,
      },
      verdict: live
        ? {
            publicationId: live.id,
            rating: live.rating,
            summary: live.summary,
            publicSlug: earlier.slug,
            publishedAt: live.publishedAt,
          }
        : null,
    };
  });
  return entries.sort((a, b) => Number(a.status === 'REJECTED') - Number(b.status === 'REJECTED'));
}

/** Which of these claims match (suggested or confirmed) an earlier claim with a live published verdict. */
export async function claimsMatchingPublishedVerdicts(
  actor: SessionUser | null,
  claimIds: readonly string[],
): Promise<Set<string>> {
  assertCan(actor, 'claims.view');
  const rows = await db.claimMatch.findMany({
    where: {
      claimId: { in: [...claimIds] },
      status: { not: 'REJECTED' },
      earlierClaim: { publications: { some: LIVE } },
    },
    select: { claimId: true },
  });
  return new Set(rows.map((row) => row.claimId));
}

/** Puts two claims in one family, merging their families when both have one. */
async function joinFamilies(tx: Prisma.TransactionClient, a: string, b: string): Promise<string> {
  const claims = await tx.claim.findMany({
    where: { id: { in: [a, b] } },
    select: { id: true, familyId: true },
  });
  const families = [...new Set(claims.map((claim) => claim.familyId).filter((id) => id !== null))];
  const familyId =
    families[0] ?? (await tx.claimFamily.create({ data: {}, select: { id: true } })).id;
  await tx.claim.updateMany({
    where: { OR: [{ id: { in: [a, b] } }, { familyId: { in: families.slice(1) } }] },
    data: { familyId },
  });
  if (families.length > 1)
    await tx.claimFamily.deleteMany({ where: { id: { in: families.slice(1) } } });
  return familyId;
}

/**
 * The journalist's answer to a suggestion: confirming puts both claims in one claim family, rejecting
 * keeps it listed as "not the same". Decided once; audited on the newer claim.
 */
export async function decideMatch(actor: SessionUser | null, matchId: string, input: unknown) {
  const user = assertCan(actor, 'claims.match');
  const { decision } = matchDecisionSchema.parse(input);
  const status: MatchStatus = decision === 'confirm' ? 'CONFIRMED' : 'REJECTED';
  return db.$transaction(async (tx) => {
    const match = await tx.claimMatch.findUnique({
      where: { id: matchId },
      select: { claimId: true, earlierClaimId: true, status: true, score: true },
    });
    if (!match) throw notFound('Match');
    const { count } = await tx.claimMatch.updateMany({
      where: { id: matchId, status: 'SUGGESTED' },
      data: { status, decidedById: user.id, decidedAt: new Date() },
    });
    if (count === 0)
      throw conflict(`This match was already ${match.status.toLowerCase()}. Reload to see it.`);
    const familyId =
      status === 'CONFIRMED' ? await joinFamilies(tx, match.claimId, match.earlierClaimId) : null;
    await refreshPriorMatchScore(tx, match.claimId);
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'claim',
      entityId: match.claimId,
      action: status === 'CONFIRMED' ? 'claim.match_confirm' : 'claim.match_reject',
      before: { matchId, status: match.status },
      after: {
        matchId,
        status,
        earlierClaimId: match.earlierClaimId,
        score: match.score,
        familyId,
      },
    });
    return { id: matchId, status, familyId };
  });
}
