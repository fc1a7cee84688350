import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimState } from '@/lib/generated/prisma/enums';
import type { AnalyticsFilters } from '@/lib/schemas/analytics-filters';
import { OPEN_STATES } from './open-states';
import {
  approvals,
  claimScope,
  dayBounds,
  firstPublications,
  summaryScope,
  week,
  type Range,
} from './scope';

export type { Range } from './scope';

/** Claims imported, published for the first time, and imported-then-dismissed, in the range. */
export async function headlineFigures(filters: AnalyticsFilters, range: Range) {
  const { startDay, endDay } = dayBounds(range);
  const [[imported], [published]] = await Promise.all([
    db.$queryRaw<{ imported: number; dismissed: number; checkworthy: number }[]>`
      SELECT coalesce(sum(s.count), 0)::int AS imported,
        coalesce(sum(s.count) FILTER (WHERE s.state = 'DISMISSED'), 0)::int AS dismissed,
        coalesce(sum(s.count) FILTER (WHERE s.checkworthy), 0)::int AS checkworthy
      FROM "ClaimDayCount" s
      WHERE ${summaryScope(filters)} AND s.day >= ${startDay} AND s.day < ${endDay}`,
    db.$queryRaw<{ published: number }[]>`
      SELECT count(*)::int AS published FROM ${firstPublications(filters, range)}`,
  ]);
  return { ...imported, published: published.published };
}

/** Today's backlog: claims per state now. */
export async function backlogNow(filters: AnalyticsFilters) {
  return db.$queryRaw<{ state: ClaimState; count: number }[]>`
    SELECT s.state::text AS state, sum(s.count)::int AS count
    FROM "ClaimDayCount" s WHERE ${summaryScope(filters)}
    GROUP BY s.state HAVING sum(s.count) > 0`;
}

/** First publications per week and rating. */
export async function throughput(filters: AnalyticsFilters, range: Range) {
  return db.$queryRaw<{ week: Date; rating: string; count: number }[]>`
    SELECT ${week(Prisma.sql`p."publishedAt"`)} AS week, p.rating::text AS rating, count(*)::int AS count
    FROM ${firstPublications(filters, range)}
    GROUP BY 1, 2 ORDER BY 1, 2`;
}

export interface DurationRow {
  week: Date;
  count: number;
  medianDays: number;
  p90Days: number;
}

/** Days from import to first publication, median and 90th percentile per week of publication. */
export async function importToPublication(filters: AnalyticsFilters, range: Range) {
  return db.$queryRaw<DurationRow[]>`
    WITH d AS (
      SELECT ${week(Prisma.sql`p."publishedAt"`)} AS week,
        extract(epoch FROM p."publishedAt" - p."claimCreatedAt") / 86400 AS days
      FROM ${firstPublications(filters, range)})
    SELECT week, count(*)::int AS count,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::float AS "medianDays",
      percentile_cont(0.9) WITHIN GROUP (ORDER BY days)::float AS "p90Days"
    FROM d GROUP BY week ORDER BY week`;
}

/** Days from submission for review to approval (the last submission before each approval), per week of approval. */
export async function submissionToApproval(filters: AnalyticsFilters, range: Range) {
  return db.$queryRaw<DurationRow[]>`
    WITH d AS (
      SELECT ${week(Prisma.sql`p."approvedAt"`)} AS week,
        extract(epoch FROM p."approvedAt" - p."submittedAt") / 86400 AS days
      FROM ${approvals(filters, range)})
    SELECT week, count(*)::int AS count,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::float AS "medianDays",
      percentile_cont(0.9) WITHIN GROUP (ORDER BY days)::float AS "p90Days"
    FROM d GROUP BY week ORDER BY week`;
}

/** The open claims imported longest ago (one index range per open state, then merged). */
export async function slowestOpenClaims(filters: AnalyticsFilters, limit = 10) {
  const perState = OPEN_STATES.map(
    (state) => Prisma.sql`(SELECT c.id, c.text, c.state::text AS state, c."createdAt", c.speaker
      FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
      WHERE c.state = ${state}::"ClaimState" AND ${claimScope(filters)}
      ORDER BY c."createdAt" LIMIT ${limit})`,
  );
  return db.$queryRaw<
    { id: string; text: string; state: ClaimState; createdAt: Date; speaker: string | null }[]
  >`SELECT * FROM (${Prisma.join(perState, ' UNION ALL ')}) o ORDER BY "createdAt", id LIMIT ${limit}`;
}
