import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimFilters } from '@/lib/schemas/claim-filters';
import {
  cursorFor,
  queuePhases,
  type KeyColumn,
  type KeyRow,
  type QueueCursor,
  type QueuePhase,
  type QueueSort,
} from './queue-keyset';

/** Above this many matches a list says "10,000+" instead of counting them all. */
export const COUNT_CAP = 10_000;

const COLUMN: Record<KeyColumn, Prisma.Sql> = {
  updatedAt: Prisma.raw('c."updatedAt"'),
  dueAt: Prisma.raw('c."dueAt"'),
  id: Prisma.raw('c.id'),
};

/** `%text%` for ILIKE, with the user's own % and _ matched literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * The queue's filters as SQL over "Claim" c; each has an index (see prisma/schema.prisma): equality
 * columns lead a (column, updatedAt, id) index, text goes through the trigram GIN indexes.
 */
export function claimFilterSql(
  filters: ClaimFilters,
  userId: string,
  now = new Date(),
): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filters.state) where.push(Prisma.sql`c.state = ${filters.state}::"ClaimState"`);
  if (filters.assignee === 'none') where.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (filters.assignee)
    where.push(
      Prisma.sql`c."assigneeId" = ${filters.assignee === 'me' ? userId : filters.assignee}`,
    );
  if (filters.speaker) where.push(Prisma.sql`c.speaker ILIKE ${containsPattern(filters.speaker)}`);
  if (filters.article) where.push(Prisma.sql`c."articleId" = ${filters.article}`);
  if (filters.rating) where.push(Prisma.sql`c.rating = ${filters.rating}`);
  if (filters.due === 'overdue') where.push(Prisma.sql`c."dueAt" < ${now}::timestamp(3)`);
  if (filters.due === 'week')
    where.push(
      Prisma.sql`c."dueAt" >= ${now}::timestamp(3) AND c."dueAt" < ${new Date(now.getTime() + 7 * 86_400_000)}::timestamp(3)`,
    );
  if (filters.due === 'none') where.push(Prisma.sql`c."dueAt" IS NULL`);
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    where.push(
      Prisma.sql`(c.text ILIKE ${pattern} OR c.statement ILIKE ${pattern} OR c.summary ILIKE ${pattern} OR c.speaker ILIKE ${pattern})`,
    );
  }
  return where;
}

const and = (conditions: Prisma.Sql[]) =>
  conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`;

function phaseSql(phase: QueuePhase): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (phase.where.dueAt === 'set') where.push(Prisma.sql`c."dueAt" IS NOT NULL`);
  if (phase.where.dueAt === 'null') where.push(Prisma.sql`c."dueAt" IS NULL`);
  if (phase.where.priority)
    where.push(Prisma.sql`c.priority = ${phase.where.priority}::"Priority"`);
  return where;
}

/** Up to `limit` rows of one phase, after (or, going back, before) the boundary row, in walk order. */
async function phaseRows(
  conditions: Prisma.Sql[],
  phase: QueuePhase,
  boundary: string[] | null,
  forward: boolean,
  limit: number,
): Promise<KeyRow[]> {
  const ascending = (phase.direction === 'asc') === forward;
  const keys = Prisma.join(phase.keys.map((key) => COLUMN[key]));
  const where = [...conditions, ...phaseSql(phase)];
  if (boundary) {
    const values = Prisma.join(
      phase.keys.map((key, index) =>
        key === 'id'
          ? Prisma.sql`${boundary[index]}`
          : Prisma.sql`${boundary[index]}::timestamp(3)`,
      ),
    );
    where.push(Prisma.sql`(${keys}) ${Prisma.raw(ascending ? '>' : '<')} (${values})`);
  }
  const order = Prisma.join(
    phase.keys.map((key) => Prisma.sql`${COLUMN[key]} ${Prisma.raw(ascending ? 'ASC' : 'DESC')}`),
  );
  return db.$queryRaw<KeyRow[]>`
    SELECT c.id, c."updatedAt", c."dueAt", c.priority::text AS priority
    FROM "Claim" c WHERE ${and(where)} ORDER BY ${order} LIMIT ${limit}`;
}

export interface KeysetPage {
  ids: string[];
  next: QueueCursor | null;
  previous: QueueCursor | null;
}

/** One page of the claims matching `conditions` in `sort` order, from the cursor (or the start). */
export async function keysetPage(
  conditions: Prisma.Sql[],
  sort: QueueSort,
  cursor: QueueCursor | null,
  pageSize: number,
): Promise<KeysetPage> {
  const phases = queuePhases(sort);
  const forward = !cursor || cursor.direction === 'after';
  const first = cursor?.phase ?? 0;
  const rows: KeyRow[] = [];
  for (let p = first; p >= 0 && p < phases.length; p += forward ? 1 : -1) {
    const boundary = cursor && p === first ? cursor.values : null;
    rows.push(
      ...(await phaseRows(conditions, phases[p], boundary, forward, pageSize + 1 - rows.length)),
    );
    if (rows.length > pageSize) break;
  }
  // Going back to the start: the first page, whatever its length.
  if (!forward && rows.length <= pageSize) return keysetPage(conditions, sort, null, pageSize);
  const page = forward ? rows.slice(0, pageSize) : rows.slice(0, pageSize).reverse();
  const hasNext = !forward || rows.length > pageSize;
  const hasPrevious = forward ? cursor !== null : true;
  const last = page.at(-1);
  const firstRow = page[0];
  return {
    ids: page.map((row) => row.id),
    next: hasNext && last ? cursorFor(sort, last, 'after') : null,
    previous: !hasPrevious
      ? null
      : firstRow
        ? cursorFor(sort, firstRow, 'before')
        : { ...cursor!, direction: 'before' },
  };
}

/**
 * Text filters (ILIKE through trigram indexes) recheck every candidate row, so past this many
 * matches the count is the planner's estimate: counting 10,000 of them took seconds at 1M claims.
 */
export const TEXT_COUNT_CAP = 1_000;

export interface ClaimCount {
  count: number;
  /** At least `count` (the count stopped at its cap). */
  capped: boolean;
  /** The planner's estimate, for a text search matching many claims. */
  approximate: boolean;
}

/** The planner's row estimate for the claims matching `conditions` (no rows are read). */
async function estimateClaims(conditions: Prisma.Sql[]): Promise<number> {
  const [row] = await db.$queryRaw<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "Claim" c WHERE ${and(conditions)}`;
  return Math.round(row['QUERY PLAN'][0].Plan['Plan Rows']);
}

/** How many claims match: exact up to a cap, an estimate for a text search that matches many. */
export async function countClaims(
  conditions: Prisma.Sql[],
  { text }: { text: boolean },
): Promise<ClaimCount> {
  if (text) {
    const estimate = await estimateClaims(conditions);
    if (estimate > TEXT_COUNT_CAP) return { count: estimate, capped: false, approximate: true };
    return { ...(await countClaimsUpTo(conditions, TEXT_COUNT_CAP)), approximate: false };
  }
  return { ...(await countClaimsUpTo(conditions)), approximate: false };
}

/** How many claims match, counted up to COUNT_CAP + 1 (an index range, never the whole table). */
export async function countClaimsUpTo(
  conditions: Prisma.Sql[],
  cap = COUNT_CAP,
): Promise<{ count: number; capped: boolean }> {
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "Claim" c WHERE ${and(conditions)} LIMIT ${cap + 1}) AS matches`;
  return n > cap ? { count: cap, capped: true } : { count: n, capped: false };
}
