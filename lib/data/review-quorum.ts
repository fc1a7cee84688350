import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import { readReviewQuorum } from '@/lib/workflow/claim-facts';

/** Approvals a verdict needs, for the claim page's review panel. */
export async function getReviewQuorum(actor: SessionUser | null): Promise<number> {
  assertCan(actor, 'claims.view');
  return readReviewQuorum(db);
}
