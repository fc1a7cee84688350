import 'server-only';
import type { ClaimRow } from '@/lib/data/claims';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimState } from '@/lib/generated/prisma/enums';

/** A row as the statement returns it: ClaimRow with its article and assignee flattened. */
type ClaimRowRecord = Omit<ClaimRow, 'assignee' | 'article'> & {
  assigneeId: string | null;
  assigneeName: string | null;
  articleId: string;
  articleTitle: string;
};

const ROW_COLUMNS = Prisma.sql`c.id, c.slug, c.text, c.statement, c.speaker, c."speakerRole",
  c.state::text AS state, c.priority::text AS priority, c."dueAt", c.rating, c.version,
  c."createdAt", c."updatedAt", c."assigneeId", c."articleId"`;

/**
 * Claim rows (`claimRowSelect`'s shape) with their article's title and assignee's name joined in:
 * one statement, where Prisma sends three (claims, then articles and users by id, even for none).
 * The claims are those of "Claim" c matching `where`, in `orderBy` order, at most `limit`.
 */
export async function claimRowsWhere(
  where: Prisma.Sql,
  { orderBy, limit }: { orderBy?: Prisma.Sql; limit?: number } = {},
): Promise<ClaimRow[]> {
  const order = orderBy ? Prisma.sql`ORDER BY ${orderBy}` : Prisma.empty;
  // The claims are picked (and limited) first, so the joins touch only the rows returned.
  const records = await db.$queryRaw<ClaimRowRecord[]>`
    SELECT c.*, a.title AS "articleTitle", u.name AS "assigneeName"
    FROM (SELECT ${ROW_COLUMNS} FROM "Claim" c WHERE ${where} ${order}
          ${limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}) c
    JOIN "Article" a ON a.id = c."articleId"
    LEFT JOIN "User" u ON u.id = c."assigneeId"
    ${order}`;
  return records.map(({ assigneeId, assigneeName, articleId, articleTitle, ...row }) => ({
    ...row,
    assignee: assigneeId === null ? null : { id: assigneeId, name: assigneeName ?? '' },
    article: { id: articleId, title: articleTitle },
  }));
}

/** `c.state` is one of these states. */
export const stateIn = (states: readonly ClaimState[]) =>
  Prisma.sql`c.state IN (${Prisma.join(states.map((state) => Prisma.sql`${state}::"ClaimState"`))})`;
