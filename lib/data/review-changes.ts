import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import { getRatingScale } from './rating-scale';
import { ratingName } from '@/lib/ratings';
import { diffReviewContent } from '@/lib/workflow/review-content';
import {
  publicationContent,
  readReviewContent,
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
    select: { reviewRound: true },
  });
  if (!claim) return { sinceLastRound: null, sincePublished: null };
  const [current, previousRound, live, scale] = await Promise.all([
    // In a transaction only for its client type (the app's client omits secrets from users).
    db.$transaction((tx) => readReviewContent(tx, claimId)),
    db.reviewSnapshot.findFirst({
      where: { claimId, round: { lt: claim.reviewRound } },
      orderBy: { round: 'desc' },
      select: { round: true, content: true, createdAt: true },
    }),
    db.publication.findFirst({
      where: { claimId, withdrawnAt: null },
      orderBy: { publishedAt: 'desc' },
      select: { rating: true, summary: true, explanation: true, sources: true, publishedAt: true },
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
