import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import { getRatingScale } from './rating-scale';
import { ratingName } from '@/lib/ratings';
import { diffReviewContent, type ReviewContent } from '@/lib/workflow/review-content';
import { SNAPSHOT_SOURCE_SELECT } from '@/lib/workflow/publication-snapshot';
import {
  publicationContent,
  reviewContentOf,
  snapshotContent,
} from '@/lib/workflow/review-snapshot';

/**
 * What the verdict changed since the previous review round's submission and against the live
 * publication; null where there is nothing to compare with.
 */
export async function getReviewChanges(actor: SessionUser | null, claimId: string) {
  assertCan(actor, 'claims.view');
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: {
      reviewRound: true,
      rating: true,
      summary: true,
      explanation: true,
      sources: { orderBy: { createdAt: 'asc' }, select: SNAPSHOT_SOURCE_SELECT },
    },
  });
  if (!claim) return { sinceLastRound: null, sincePublished: null };
  return reviewChangesOf(claimId, claim.reviewRound, reviewContentOf(claim));
}

interface LivePublication {
  rating: string;
  summary: string;
  explanation: string;
  sources: unknown;
  publishedAt: Date;
}

/**
 * The review changes of a claim already read: its review round, current content and (when the caller
 * read it: null for none) its live publication. No permission check: for getClaimPage, which has
 * checked `claims.view`.
 */
export async function reviewChangesOf(
  claimId: string,
  reviewRound: number,
  current: ReviewContent,
  livePublication?: LivePublication | null,
) {
  const [previousRound, live, scale] = await Promise.all([
    // Round 0 was never sent back, so it has no earlier submission.
    reviewRound > 0
      ? db.reviewSnapshot.findFirst({
          where: { claimId, round: { lt: reviewRound } },
          orderBy: { round: 'desc' },
          select: { round: true, content: true, createdAt: true },
        })
      : null,
    livePublication !== undefined
      ? livePublication
      : db.publication.findFirst({
          where: { claimId, withdrawnAt: null },
          orderBy: { publishedAt: 'desc' },
          select: {
            rating: true,
            summary: true,
            explanation: true,
            sources: true,
            publishedAt: true,
          },
        }),
    getRatingScale(),
  ]);
  const names = (key: string) => ratingName(scale, key);
  return {
    sinceLastRound: previousRound
      ? {
          submittedAt: previousRound.createdAt,
          changes: diffReviewContent(snapshotContent(previousRound.content), current, names),
        }
      : null,
    sincePublished: live
      ? {
          publishedAt: live.publishedAt,
          changes: diffReviewContent(publicationContent(live), current, names),
        }
      : null,
  };
}
