import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { readPageSettings } from '@/lib/data/newsroom-settings';
import { reviewRulesOf } from '@/lib/workflow/claim-facts';

/** Approvals a verdict needs and whether the two-person rule applies, for the claim page's review panel. */
export async function getReviewRules(actor: SessionUser | null) {
  assertCan(actor, 'claims.view');
  return reviewRulesOf(await readPageSettings());
}
