// The dashboard's queries as they were before the summaries (issue 13): straight scans of Claim,
// Publication and the audit trail. tests/integration/analytics checks the summary-backed queries
// against these on the same data (so the triggers are checked too); bench:analytics times them as
// its baseline.
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimState, DismissReason } from '@/lib/generated/prisma/enums';
import { backlogWeeks } from '@/lib/data/analytics/backlog-weeks';
import { OPEN_STATES } from '@/lib/data/analytics/open-states';
import type { AnalyticsFilters } from '@/lib/schemas/analytics-filters';

interface Range {
  start: Date;
  end: Date;
}

function claimScope(filters: AnalyticsFilters): Prisma.Sql {
  const parts = [Prisma.sql`TRUE`];
  if (filters.outlet) parts.push(Prisma.sql`a.outlet = ${filters.outlet}`);
  if (filters.assignee) parts.push(Prisma.sql`c."assigneeId" = ${filters.assignee}`);
  return Prisma.join(parts, ' AND ');
}

const FIRST_PUBLICATION = Prisma.sql`NOT EXISTS (
  SELECT 1 FROM "Publication" e WHERE e."claimId" = p."claimId" AND (e."publishedAt", e.id) < (p."publishedAt", p.id))`;

const week = (column: Prisma.Sql) => Prisma.sql`date_trunc('week', ${column})`;

const openStates = Prisma.join(OPEN_STATES.map((s) => Prisma.sql`${s}::"ClaimState"`));

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
    SELECT ${week(Prisma.sql`p."publishedAt"`)} AS week, p.rating::text AS rating, count(*)::int AS count
    FROM "Publication" p JOIN "Claim" c ON c.id = p."claimId" JOIN "Article" a ON a.id = c."articleId"
    WHERE p."publishedAt" >= ${start} AND p."publishedAt" < ${end} AND ${FIRST_PUBLICATION} AND ${claimScope(filters)}
    GROUP BY 1, 2 ORDER BY 1, 2`;
}

interface DurationRow {
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

/** Per person with open claims: assigned (open), in review, overdue (open and past due). */
export async function workload(filters: AnalyticsFilters, now = new Date()) {
  return db.$queryRaw<
    { id: string; name: string; assigned: number; inReview: number; overdue: number }[]
  >`
    SELECT u.id, u.name, count(*)::int AS assigned,
      count(*) FILTER (WHERE c.state = 'IN_REVIEW')::int AS "inReview",
      count(*) FILTER (WHERE c."dueAt" < ${now})::int AS overdue
    FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" JOIN "User" u ON u.id = c."assigneeId"
    WHERE c.state IN (${openStates}) AND ${claimScope(filters)}
    GROUP BY u.id, u.name ORDER BY assigned DESC, u.name LIMIT 50`;
}

type Dimension = 'speaker' | 'outlet';

/** First publications in the range by rating, for the 20 speakers (or outlets) with the most. */
export async function ratingsBy(
  dimension: Dimension,
  filters: AnalyticsFilters,
  { start, end }: Range,
) {
  const key = dimension === 'speaker' ? Prisma.sql`p.speaker` : Prisma.sql`a.outlet`;
  return db.$queryRaw<{ name: string; rating: string; count: number }[]>`
    WITH f AS (
      SELECT ${key} AS name, p.rating::text AS rating
      FROM "Publication" p JOIN "Claim" c ON c.id = p."claimId" JOIN "Article" a ON a.id = c."articleId"
      WHERE p."publishedAt" >= ${start} AND p."publishedAt" < ${end} AND ${FIRST_PUBLICATION}
        AND ${key} IS NOT NULL AND ${claimScope(filters)}),
    top AS (SELECT name FROM f GROUP BY name ORDER BY count(*) DESC, name LIMIT 20)
    SELECT f.name, f.rating, count(*)::int AS count FROM f JOIN top USING (name)
    GROUP BY f.name, f.rating ORDER BY f.name, f.rating`;
}

/** Claims imported in the range per outlet (source of articles), and the share the engine marked check-worthy. */
export async function checkworthyByOutlet(filters: AnalyticsFilters, { start, end }: Range) {
  return db.$queryRaw<{ outlet: string; claims: number; checkworthy: number }[]>`
    SELECT coalesce(a.outlet, '(no outlet)') AS outlet, count(*)::int AS claims,
      count(*) FILTER (WHERE c.checkworthy)::int AS checkworthy
    FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
    WHERE c."createdAt" >= ${start} AND c."createdAt" < ${end} AND ${claimScope(filters)}
    GROUP BY 1 ORDER BY claims DESC, outlet LIMIT 20`;
}

/** Of the claims imported in the range: dismissed by reason; and claims journalists added by hand (not splits). */
export async function extractionQuality(filters: AnalyticsFilters, { start, end }: Range) {
  const scope = claimScope(filters);
  const [dismissed, [added]] = await Promise.all([
    db.$queryRaw<{ reason: DismissReason; count: number }[]>`
      SELECT c."dismissReason"::text AS reason, count(*)::int AS count
      FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
      WHERE c."createdAt" >= ${start} AND c."createdAt" < ${end} AND c.state = 'DISMISSED'
        AND c."dismissReason" IS NOT NULL AND ${scope}
      GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count
      FROM "AuditEvent" e JOIN "Claim" c ON c.id = e."entityId" JOIN "Article" a ON a.id = c."articleId"
      WHERE e.entity = 'claim' AND e.action = 'claim.add' AND e.at >= ${start} AND e.at < ${end}
        AND NOT (e.after ? 'splitFrom') AND ${scope}`,
  ]);
  return { dismissed, handAdded: added.count };
}

/**
 * Claims per state at the end of each week of the range: today's counts, with the state changes
 * (audit trail) after each week's end undone, and claims imported after it left out.
 */
export async function backlogOverTime(filters: AnalyticsFilters, { start, end }: Range) {
  const scope = claimScope(filters);
  const [current, created, changes] = await Promise.all([
    db.$queryRaw<{ state: ClaimState; count: number }[]>`
      SELECT c.state::text AS state, count(*)::int AS count
      FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" WHERE ${scope} GROUP BY 1`,
    db.$queryRaw<{ week: Date; state: ClaimState; count: number }[]>`
      SELECT ${week(Prisma.sql`c."createdAt"`)} AS week, c.state::text AS state, count(*)::int AS count
      FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
      WHERE c."createdAt" >= ${start} AND ${scope} GROUP BY 1, 2`,
    db.$queryRaw<
      { week: Date; createdWeek: Date; from: ClaimState; to: ClaimState; count: number }[]
    >`
      SELECT ${week(Prisma.sql`e.at`)} AS week, greatest(${week(Prisma.sql`c."createdAt"`)}, ${week(Prisma.sql`${start}::timestamp`)}) AS "createdWeek",
        e.before->>'state' AS "from", e.after->>'state' AS "to", count(*)::int AS count
      FROM "AuditEvent" e JOIN "Claim" c ON c.id = e."entityId" JOIN "Article" a ON a.id = c."articleId"
      WHERE e.entity = 'claim' AND e.at >= ${start} AND e.before ? 'state' AND e.after ? 'state'
        AND e.before->>'state' <> e.after->>'state' AND ${scope}
      GROUP BY 1, 2, 3, 4`,
  ]);
  return backlogWeeks({ start, end }, current, created, changes);
}
