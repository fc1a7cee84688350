import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimState, DismissReason } from '@/lib/generated/prisma/enums';
import type { AnalyticsFilters } from '@/lib/schemas/analytics-filters';
import { backlogWeeks } from './backlog-weeks';
import { backlogNow } from './flow';
import { OPEN_STATES } from './open-states';
import { claimScope, dayBounds, firstPublications, summaryScope, week, type Range } from './scope';

const openStates = Prisma.join(OPEN_STATES.map((s) => Prisma.sql`${s}::"ClaimState"`));

/**
 * Per person with open claims: assigned (open) and in review from ClaimDayCount; overdue (open and
 * due before `now`) as ClaimDueCount's whole days before today plus today's claims due by now.
 */
export async function workload(filters: AnalyticsFilters, now = new Date()) {
  const byPerson = Prisma.sql`s.grain = ${filters.outlet ? 3 : 2} AND s.outlet = ${filters.outlet ?? ''}
    AND ${filters.assignee ? Prisma.sql`s."assigneeId" = ${filters.assignee}` : Prisma.sql`s."assigneeId" <> ''`}`;
  const today = now.toISOString().slice(0, 10);
  const todayStart = new Date(`${today}T00:00:00Z`);
  return db.$queryRaw<
    { id: string; name: string; assigned: number; inReview: number; overdue: number }[]
  >`
    WITH open AS (
      SELECT s."assigneeId" AS id, sum(s.count)::int AS assigned,
        coalesce(sum(s.count) FILTER (WHERE s.state = 'IN_REVIEW'), 0)::int AS "inReview"
      FROM "ClaimDayCount" s WHERE ${byPerson} AND s.state IN (${openStates})
      GROUP BY 1 HAVING sum(s.count) > 0),
    due AS (
      SELECT s."assigneeId" AS id, s.count FROM "ClaimDueCount" s
      WHERE ${byPerson} AND s.day < ${today}::date
      UNION ALL
      SELECT c."assigneeId", count(*)
      FROM "Claim" c ${filters.outlet ? Prisma.sql`JOIN "Article" a ON a.id = c."articleId"` : Prisma.empty}
      WHERE c.state IN (${openStates}) AND c."dueAt" >= ${todayStart} AND c."dueAt" < ${now}
        AND c."assigneeId" IS NOT NULL
        ${filters.outlet ? Prisma.sql`AND a.outlet = ${filters.outlet}` : Prisma.empty}
        ${filters.assignee ? Prisma.sql`AND c."assigneeId" = ${filters.assignee}` : Prisma.empty}
      GROUP BY 1),
    overdue AS (SELECT id, sum(count)::int AS overdue FROM due GROUP BY id)
    SELECT u.id, u.name, o.assigned, o."inReview", coalesce(d.overdue, 0)::int AS overdue
    FROM open o JOIN "User" u ON u.id = o.id LEFT JOIN overdue d ON d.id = o.id
    ORDER BY o.assigned DESC, u.name LIMIT 50`;
}

type Dimension = 'speaker' | 'outlet';

/** First publications in the range by rating, for the 20 speakers (or outlets) with the most. */
export async function ratingsBy(dimension: Dimension, filters: AnalyticsFilters, range: Range) {
  const key = dimension === 'speaker' ? Prisma.sql`p.speaker` : Prisma.sql`p.outlet`;
  return db.$queryRaw<{ name: string; rating: string; count: number }[]>`
    WITH f AS (
      SELECT ${key} AS name, p.rating::text AS rating
      FROM ${firstPublications(filters, range)} AND ${key} IS NOT NULL),
    top AS (SELECT name FROM f GROUP BY name ORDER BY count(*) DESC, name LIMIT 20)
    SELECT f.name, f.rating, count(*)::int AS count FROM f JOIN top USING (name)
    GROUP BY f.name, f.rating ORDER BY f.name, f.rating`;
}

/** Claims imported in the range per outlet (source of articles), and the share the engine marked check-worthy. */
export async function checkworthyByOutlet(filters: AnalyticsFilters, range: Range) {
  const { startDay, endDay } = dayBounds(range);
  return db.$queryRaw<{ outlet: string; claims: number; checkworthy: number }[]>`
    SELECT CASE WHEN s.outlet = '' THEN '(no outlet)' ELSE s.outlet END AS outlet,
      sum(s.count)::int AS claims,
      coalesce(sum(s.count) FILTER (WHERE s.checkworthy), 0)::int AS checkworthy
    FROM "ClaimDayCount" s
    WHERE ${summaryScope(filters, true)} AND s.day >= ${startDay} AND s.day < ${endDay}
    GROUP BY 1 HAVING sum(s.count) > 0 ORDER BY claims DESC, outlet LIMIT 20`;
}

/** Of the claims imported in the range: dismissed by reason; and claims journalists added by hand (not splits). */
export async function extractionQuality(filters: AnalyticsFilters, range: Range) {
  const { start, end } = range;
  const { startDay, endDay } = dayBounds(range);
  const [dismissed, [added]] = await Promise.all([
    db.$queryRaw<{ reason: DismissReason; count: number }[]>`
      SELECT s."dismissReason" AS reason, sum(s.count)::int AS count
      FROM "ClaimDayCount" s
      WHERE ${summaryScope(filters)} AND s.day >= ${startDay} AND s.day < ${endDay}
        AND s.state = 'DISMISSED' AND s."dismissReason" <> ''
      GROUP BY 1 HAVING sum(s.count) > 0 ORDER BY 1`,
    db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count
      FROM "AuditEvent" e JOIN "Claim" c ON c.id = e."entityId" JOIN "Article" a ON a.id = c."articleId"
      WHERE e.entity = 'claim' AND e.action = 'claim.add' AND e.at >= ${start} AND e.at < ${end}
        AND NOT (e.after ? 'splitFrom') AND ${claimScope(filters)}`,
  ]);
  return { dismissed, handAdded: added.count };
}

/**
 * Claims per state at the end of each week of the range: today's counts, with the state changes
 * (audit trail) after each week's end undone, and claims imported after it left out. All three
 * come from the summaries (ClaimDayCount, ClaimStateChangeCount), never from the claims themselves.
 */
export async function backlogOverTime(filters: AnalyticsFilters, range: Range) {
  const { start, end } = range;
  const { startDay } = dayBounds(range);
  const scope = summaryScope(filters);
  const dayWeek = week(Prisma.sql`s.day::timestamp`);
  const [current, created, changes] = await Promise.all([
    backlogNow(filters),
    db.$queryRaw<{ week: Date; state: ClaimState; count: number }[]>`
      SELECT ${dayWeek} AS week, s.state::text AS state, sum(s.count)::int AS count
      FROM "ClaimDayCount" s WHERE ${scope} AND s.day >= ${startDay}
      GROUP BY 1, 2 HAVING sum(s.count) > 0`,
    db.$queryRaw<
      { week: Date; createdWeek: Date; from: ClaimState; to: ClaimState; count: number }[]
    >`
      SELECT ${dayWeek} AS week,
        greatest(s."createdWeek"::timestamp, ${week(Prisma.sql`${startDay}::timestamp`)}) AS "createdWeek",
        s."fromState" AS "from", s."toState" AS "to", sum(s.count)::int AS count
      FROM "ClaimStateChangeCount" s WHERE ${scope} AND s.day >= ${startDay}
      GROUP BY 1, 2, 3, 4 HAVING sum(s.count) <> 0`,
  ]);
  return backlogWeeks({ start, end }, current, created, changes);
}
