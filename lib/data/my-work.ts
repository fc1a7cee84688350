import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { claimRowSelect, reviewQueue } from '@/lib/data/claims';
import { listMentions } from '@/lib/data/notes';
import { toQueueRows } from '@/lib/data/queue-rows';
import { db } from '@/lib/db';
import { CLAIM_STATES, FINISHED_STATES } from '@/lib/workflow/states';

const OPEN_STATES = CLAIM_STATES.filter((state) => !FINISHED_STATES.includes(state));

/** The signed-in user's start page: their open claims (soonest due first), the review queue for reviewers, mentions. */
export async function getMyWork(actor: SessionUser | null) {
  const user = assertCan(actor, 'newsroom.view');
  const isReviewer = can(user.role, 'claims.review');
  const [mine, queue, mentions] = await Promise.all([
    db.claim.findMany({
      where: { assigneeId: user.id, state: { in: OPEN_STATES } },
      select: claimRowSelect,
      orderBy: [{ dueAt: { sort: 'asc', nulls: 'last' } }, { updatedAt: 'asc' }],
      take: 200,
    }),
    isReviewer ? reviewQueue(user) : null,
    listMentions(user, 10),
  ]);
  return {
    myClaims: toQueueRows(mine),
    reviewQueue: queue ? toQueueRows(queue) : null,
    mentions: mentions.map(({ claimText, ...mention }) => ({
      ...mention,
      claimExcerpt: claimText.slice(0, 60),
    })),
  };
}
