import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { can } from '@/lib/auth/permissions';
import { claimPageView } from '@/lib/data/claim-page-view';
import { claimDetailOf, claimDetailUserIds, readClaimDetail } from '@/lib/data/claim-detail';
import { listSeenBefore } from '@/lib/data/claim-matches';
import { readClaimTimeline, timelineOf, timelineUserIds } from '@/lib/data/claim-timeline';
import { getRatingScale } from '@/lib/data/rating-scale';
import { reviewChangesOf } from '@/lib/data/review-changes';
import { getReviewRules } from '@/lib/data/review-quorum';
import { userNames } from '@/lib/data/user-names';
import { listColleagues } from '@/lib/data/users';
import { notFound } from '@/lib/errors';
import { reviewContentOf } from '@/lib/workflow/review-snapshot';
import { CONTENT_LOCKED_STATES, FINISHED_STATES } from '@/lib/workflow/states';

/** Everything the newsroom claim page shows; throws not-found for an unknown claim. */
export async function getClaimPage(actor: SessionUser | null, claimId: string) {
  const user = assertCan(actor, 'claims.view');
  const [row, timelineRows, colleagues, rules, seenBefore, ratingScale] = await Promise.all([
    readClaimDetail(claimId),
    readClaimTimeline(claimId),
    listColleagues(user),
    getReviewRules(user),
    listSeenBefore(user, claimId),
    getRatingScale(),
  ]);
  if (!row) throw notFound('Claim');
  // Everyone the page names, from the colleagues list or one query for the others (disabled
  // users); the review changes compare with the claim and publications as read here.
  const [names, changes] = await Promise.all([
    userNames(
      [...claimDetailUserIds(row), ...timelineUserIds(timelineRows)],
      new Map(colleagues.map((colleague) => [colleague.id, colleague.name])),
    ),
    reviewChangesOf(
      claimId,
      row.reviewRound,
      reviewContentOf(row),
      // Newest first, as the live publication is looked up on its own.
      row.publications.find((publication) => !publication.withdrawnAt) ?? null,
    ),
  ]);
  const claim = claimDetailOf(row, names);
  const view = claimPageView(claim, user.role, rules.quorum, {
    twoPersonRule: rules.twoPersonRule,
    viewerId: user.id,
  });
  return {
    ...view,
    seenBefore: {
      entries: seenBefore,
      canDecide: can(user.role, 'claims.match'),
      // A family verdict is taken before review, by a claim without a published verdict of its own.
      canUseVerdict:
        can(user.role, 'claims.propose') &&
        !CONTENT_LOCKED_STATES.includes(claim.state) &&
        !FINISHED_STATES.includes(claim.state) &&
        !view.liveVerdict,
    },
    changes,
    ratingScale,
    timeline: timelineOf(timelineRows, names),
    colleagues: colleagues.map(({ id, name }) => ({ id, name })),
    currentUserId: user.id,
  };
}
