import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimState } from '@/lib/generated/prisma/enums';
import type { AnalyticsFilters } from '@/lib/schemas/analytics-filters';
import { OPEN_STATES } from './open-states';
import { claimScope, FIRST_PUBLICATION, week } from './scope';

export interface Range {
  start: Date;
  end: Date;
}

/** Claims imported, published for the first time, and imported-then-dismissed, in the range. */
export async function headlineFigures(filters: AnalyticsFilters, { start, end }: Range) {
  const scope = claimScope(filters);
  const [[imported], [published]] = await Promise.all([
    db.$queryRaw<{ imported: number; dismissed: number; checkworthy: number }[]>`
      SELECT count(*)::int AS imported,
        count(*) FILTER (WHERE c.state = 'DISMISSED')::int AS dismissed,
        count(*) FILTER (WHERE c.checkworthy)::int AS checkworthy
      FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
      WHERE c."createdAt" >= ${start} AND c."createdAt" < ${end} AND ${scope}`,
    db.$queryRaw<{ published: number }[]>`
      SELECT count(*)::int AS published
      FROM "Publication" p JOIN "Claim" c ON c.id = p."claimId" JOIN "Article" a ON a.id = c."articleId"
      WHERE p."publishedAt" >= ${start} AND p."publishedAt" < ${end} AND ${FIRST_PUBLICATION} AND ${scope}`,
  ]);
  return { ...imported, published: published.published };
}

/** Today's backlog: claims per state now. */
export async function backlogNow(filters: AnalyticsFilters) {
  return db.$queryRaw<{ state: ClaimState; count: number }[]>`
    SELECT c.state::text AS state, count(*)::int AS count
    FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
    WHERE ${claimScope(filters)}
    GROUP BY c.state`;
}

/** First publications per week and rating. */
export async function throughput(filters: AnalyticsFilters, { start, end }: Range) {
  return db.$queryRaw<{ week: Date; rating: string; count: number }[]>`
    SELECT ${week(Prisma.sql`p."publishedAt"`)} AS week, p.rating, count(*)::int AS count
    FROM "Publication" p JOIN "Claim" c ON c.id = p."claimId" JOIN "Article" a ON a.id = c."articleId"
    WHERE p."publishedAt" >= ${start} AND p."publishedAt" < ${end} AND ${FIRST_PUBLICATION} AND ${claimScope(filters)}
    GROUP BY 1, 2 ORDER BY 1, 2`;
}

export interface DurationRow {
  week: Date;
  count: number;
  medianDays: number;
  p90Days: number;
}

/** Days from import to first publication, median and 90th percentile per week of publication. */
export async function importToPublication(filters: AnalyticsFilters, { start, end }: Range) {
  return db.$queryRaw<DurationRow[]>`
    WITH d AS (
      SELECT ${week(Prisma.sql`p."publishedAt"`)} AS week,
        extract(epoch FROM p."publishedAt" - c."createdAt") / 86400 AS days
      FROM "Publication" p JOIN "Claim" c ON c.id = p."claimId" JOIN "Article" a ON a.id = c."articleId"
      WHERE p."publishedAt" >= ${start} AND p."publishedAt" < ${end} AND ${FIRST_PUBLICATION} AND ${claimScope(filters)})
    SELECT week, count(*)::int AS count,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::float AS "medianDays",
      percentile_cont(0.9) WITHIN GROUP (ORDER BY days)::float AS "p90Days"
    FROM d GROUP BY week ORDER BY week`;
}

/** Days from submission for review to approval (the last submission before each approval), per week of approval. */
export async function submissionToApproval(filters: AnalyticsFilters, { start, end }: Range) {
  return db.$queryRaw<DurationRow[]>`
    WITH d AS (
      SELECT ${week(Prisma.sql`ap.at`)} AS week, extract(epoch FROM ap.at - s.at) / 86400 AS days
      FROM "AuditEvent" ap
      JOIN "Claim" c ON c.id = ap."entityId" JOIN "Article" a ON a.id = c."articleId"
      CROSS JOIN LATERAL (
        SELECT sub.at FROM "AuditEvent" sub
        WHERE sub.entity = 'claim' AND sub."entityId" = ap."entityId" AND sub.action = 'claim.submit_for_review' AND sub.at <= ap.at
        ORDER BY sub.at DESC LIMIT 1) s
      WHERE ap.entity = 'claim' AND ap.action = 'claim.approve' AND ap.at >= ${start} AND ap.at < ${end} AND ${claimScope(filters)})
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
