import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { claimCountsOf } from '@/lib/data/articles';
import { claimRowSelect, reviewQueue } from '@/lib/data/claims';
import { listMentions } from '@/lib/data/notes';
import { toQueueRows } from '@/lib/data/queue-rows';
import { db } from '@/lib/db';
import { CLAIM_STATES, FINISHED_STATES } from '@/lib/workflow/states';

const OPEN_STATES = CLAIM_STATES.filter((state) => !FINISHED_STATES.includes(state));
const RECENT_ARTICLES = 5;
/**
 * Rows of "My claims" and of the review queue on the start page; the rest are in the claims queue,
 * which pages by keyset. 200 rows each made the page 577 kB at a million claims.
 */
export const MY_WORK_ROWS = 25;

/** The first MY_WORK_ROWS rows, and whether there were more. */
function firstRows<T>(rows: T[]): { rows: T[]; more: boolean } {
  return { rows: rows.slice(0, MY_WORK_ROWS), more: rows.length > MY_WORK_ROWS };
}

/** My verdicts sent back by a reviewer and not resubmitted yet, with the reviewer's note. */
async function changesRequestedOnMyVerdicts(userId: string) {
  const claims = await db.claim.findMany({
    where: {
      verdictAuthorId: userId,
      state: 'VERIFYING',
      // Requesting changes starts a new round: a claim still in round 0 was never sent back.
      reviewRound: { gt: 0 },
      reviews: { some: { decision: 'REQUEST_CHANGES' } },
    },
    select: {
      ...claimRowSelect,
      reviewRound: true,
      reviews: {
        where: { decision: 'REQUEST_CHANGES' },
        orderBy: { round: 'desc' },
        take: 1,
        select: { round: true, note: true, createdAt: true, reviewer: { select: { name: true } } },
      },
    },
    orderBy: { updatedAt: 'desc' },
    take: 50,
  });
  // Requesting changes starts the next round, so the latest request belongs to the round before.
  return claims
    .filter((claim) => claim.reviews[0]?.round === claim.reviewRound - 1)
    .map(({ reviews: [review], ...claim }) => ({
      ...toQueueRows([claim])[0],
      reviewer: review.reviewer.name,
      note: review.note,
      requestedAt: review.createdAt,
    }));
}

/**
 * The signed-in user's start page: their open claims (soonest due first), changes requested on
 * their verdicts, their verdicts in review, the review queue for reviewers, mentions, and the
 * newest articles.
 */
export async function getMyWork(actor: SessionUser | null) {
  const user = assertCan(actor, 'newsroom.view');
  const isReviewer = can(user.role, 'claims.review');
  const [mine, changesRequested, inReview, queue, mentions, articles] = await Promise.all([
    db.claim.findMany({
      where: { assigneeId: user.id, state: { in: OPEN_STATES } },
      select: claimRowSelect,
      // Walks the (assigneeId, dueAt, updatedAt, id) index: no sort of all of the user's claims.
      orderBy: [{ dueAt: { sort: 'asc', nulls: 'last' } }, { updatedAt: 'asc' }, { id: 'asc' }],
      take: MY_WORK_ROWS + 1,
    }),
    changesRequestedOnMyVerdicts(user.id),
    db.claim.findMany({
      where: { verdictAuthorId: user.id, state: 'IN_REVIEW' },
      select: claimRowSelect,
      orderBy: { updatedAt: 'asc' },
      take: 50,
    }),
    isReviewer ? reviewQueue(user, MY_WORK_ROWS + 1) : null,
    listMentions(user, 10),
    can(user.role, 'articles.view')
      ? db.article.findMany({
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          take: RECENT_ARTICLES,
          select: {
            id: true,
            title: true,
            outlet: true,
            createdAt: true,
            createdBy: { select: { name: true } },
          },
        })
      : [],
  ]);
  const countOf = await claimCountsOf(articles.map((article) => article.id));
  const myClaims = firstRows(mine);
  const reviewing = queue ? firstRows(queue) : null;
  return {
    myClaims: toQueueRows(myClaims.rows),
    moreMyClaims: myClaims.more,
    changesRequested,
    myVerdictsInReview: toQueueRows(inReview),
    reviewQueue: reviewing ? toQueueRows(reviewing.rows) : null,
    moreInReviewQueue: reviewing?.more ?? false,
    mentions: mentions.map(({ claimText, ...mention }) => ({
      ...mention,
      claimExcerpt: claimText.slice(0, 60),
    })),
    recentArticles: articles.map(({ createdBy, ...article }) => ({
      ...article,
      addedBy: createdBy.name,
      claimCount: countOf.get(article.id) ?? 0,
    })),
  };
}
