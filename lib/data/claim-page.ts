import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { claimPageView } from '@/lib/data/claim-page-view';
import { claimTimeline, getClaimDetail } from '@/lib/data/claims';
import { getReviewChanges } from '@/lib/data/review-changes';
import { getReviewRules } from '@/lib/data/review-quorum';
import { listColleagues } from '@/lib/data/users';

/** Everything the newsroom claim page shows; throws not-found for an unknown claim. */
export async function getClaimPage(actor: SessionUser | null, claimId: string) {
  const user = assertCan(actor, 'claims.view');
  const [claim, timeline, colleagues, rules, changes] = await Promise.all([
    getClaimDetail(user, claimId),
    claimTimeline(user, claimId),
    listColleagues(user),
    getReviewRules(user),
    getReviewChanges(user, claimId),
  ]);
  return {
    ...claimPageView(claim, user.role, rules.quorum, {
      twoPersonRule: rules.twoPersonRule,
      viewerId: user.id,
    }),
    changes,
    timeline,
    colleagues: colleagues.map(({ id, name }) => ({ id, name })),
    currentUserId: user.id,
  };
}
