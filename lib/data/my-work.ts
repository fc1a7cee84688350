import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { claimRowsWhere, stateIn } from '@/lib/data/claim-rows';
import { reviewQueue } from '@/lib/data/claims';
import { listMentions } from '@/lib/data/notes';
import { toQueueRows } from '@/lib/data/queue-rows';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { CLAIM_STATES, FINISHED_STATES } from '@/lib/workflow/states';

const OPEN_STATES = CLAIM_STATES.filter((state) => !FINISHED_STATES.includes(state));
const RECENT_ARTICLES = 5;
/**
 * Rows of "My claims" and of the review queue on the start page; the rest are in the claims queue,
 * which pages by keyset. 200 rows each made the page 577 kB at a million claims.
 */
export const MY_WORK_ROWS = 25;

/** A newest article, who added it and how many claims it has (counted on the (articleId, start) index). */
interface RecentArticle {
  id: string;
  title: string;
  outlet: string | null;
  createdAt: Date;
  addedBy: string;
  claimCount: number;
}

/** The first MY_WORK_ROWS rows, and whether there were more. */
function firstRows<T>(rows: T[]): { rows: T[]; more: boolean } {
  return { rows: rows.slice(0, MY_WORK_ROWS), more: rows.length > MY_WORK_ROWS };
}

/** My verdicts sent back by a reviewer and not resubmitted yet, with the reviewer's note. */
async function changesRequestedOnMyVerdicts(userId: string) {
  const claims = await claimRowsWhere(
    // Requesting changes starts a new round: a claim still in round 0 was never sent back.
    Prisma.sql`c."verdictAuthorId" = ${userId} AND c.state = 'VERIFYING'::"ClaimState"
      AND c."reviewRound" > 0 AND EXISTS (SELECT 1 FROM "Review" r
        WHERE r."claimId" = c.id AND r.decision = 'REQUEST_CHANGES'::"ReviewDecision")`,
    { orderBy: Prisma.sql`c."updatedAt" DESC`, limit: 50 },
  );
  if (!claims.length) return [];
  // Each claim's latest request, kept when it belongs to the round before the claim's current one.
  const requests = await db.$queryRaw<
    { claimId: string; note: string | null; createdAt: Date; reviewer: string }[]
  >`
    SELECT * FROM (
      SELECT DISTINCT ON (r."claimId") r."claimId", r.round, r.note, r."createdAt",
             u.name AS reviewer, c."reviewRound"
      FROM "Review" r JOIN "Claim" c ON c.id = r."claimId" JOIN "User" u ON u.id = r."reviewerId"
      WHERE r."claimId" IN (${Prisma.join(claims.map((claim) => claim.id))})
        AND r.decision = 'REQUEST_CHANGES'::"ReviewDecision"
      ORDER BY r."claimId", r.round DESC) latest
    WHERE round = "reviewRound" - 1`;
  const requestOf = new Map(requests.map((request) => [request.claimId, request]));
  return claims.flatMap((claim) => {
    const review = requestOf.get(claim.id);
    return review
      ? [
          {
            ...toQueueRows([claim])[0],
            reviewer: review.reviewer,
            note: review.note,
            requestedAt: review.createdAt,
          },
        ]
      : [];
  });
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
    claimRowsWhere(Prisma.sql`c."assigneeId" = ${user.id} AND ${stateIn(OPEN_STATES)}`, {
      // Walks the (assigneeId, dueAt, updatedAt, id) index: no sort of all of the user's claims.
      orderBy: Prisma.sql`c."dueAt" ASC NULLS LAST, c."updatedAt" ASC, c.id ASC`,
      limit: MY_WORK_ROWS + 1,
    }),
    changesRequestedOnMyVerdicts(user.id),
    claimRowsWhere(
      Prisma.sql`c."verdictAuthorId" = ${user.id} AND c.state = 'IN_REVIEW'::"ClaimState"`,
      { orderBy: Prisma.sql`c."updatedAt" ASC`, limit: 50 },
    ),
    isReviewer ? reviewQueue(user, MY_WORK_ROWS + 1) : null,
    listMentions(user, 10),
    can(user.role, 'articles.view')
      ? db.$queryRaw<RecentArticle[]>`
          SELECT a.id, a.title, a.outlet, a."createdAt", u.name AS "addedBy",
                 (SELECT count(*)::int FROM "Claim" c WHERE c."articleId" = a.id) AS "claimCount"
          FROM (SELECT id, title, outlet, "createdAt", "createdById" FROM "Article"
                ORDER BY "createdAt" DESC, id DESC LIMIT ${RECENT_ARTICLES}) a
          JOIN "User" u ON u.id = a."createdById"
          ORDER BY a."createdAt" DESC, a.id DESC`
      : [],
  ]);
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
    recentArticles: articles,
  };
}
