import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { can } from '@/lib/auth/permissions';
import { claimPageView } from '@/lib/data/claim-page-view';
import { listSeenBefore } from '@/lib/data/claim-matches';
import { claimTimeline, getClaimDetail } from '@/lib/data/claims';
import { getRatingScale } from '@/lib/data/rating-scale';
import { getReviewChanges } from '@/lib/data/review-changes';
import { getReviewRules } from '@/lib/data/review-quorum';
import { listColleagues } from '@/lib/data/users';
import { CONTENT_LOCKED_STATES, FINISHED_STATES } from '@/lib/workflow/states';

/** Everything the newsroom claim page shows; throws not-found for an unknown claim. */
export async function getClaimPage(actor: SessionUser | null, claimId: string) {
  const user = assertCan(actor, 'claims.view');
  const [claim, timeline, colleagues, rules, seenBefore, changes, ratingScale] = await Promise.all([
    getClaimDetail(user, claimId),
    claimTimeline(user, claimId),
    listColleagues(user),
    getReviewRules(user),
    listSeenBefore(user, claimId),
    getReviewChanges(user, claimId),
    getRatingScale(),
  ]);
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
    timeline,
    colleagues: colleagues.map(({ id, name }) => ({ id, name })),
    currentUserId: user.id,
  };
}
