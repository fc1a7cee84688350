import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AnalyticsFilters } from '@/lib/schemas/analytics-filters';

export interface Range {
  start: Date;
  end: Date;
}

/** Outlet and assignee filters, as SQL over `c` ("Claim") joined with `a` ("Article"). */
export function claimScope(filters: AnalyticsFilters): Prisma.Sql {
  const parts = [Prisma.sql`TRUE`];
  if (filters.outlet) parts.push(Prisma.sql`a.outlet = ${filters.outlet}`);
  if (filters.assignee) parts.push(Prisma.sql`c."assigneeId" = ${filters.assignee}`);
  return Prisma.join(parts, ' AND ');
}

/**
 * The filters as SQL over `s`, a summary table (ClaimDayCount, ClaimStateChangeCount): the grain
 * that splits by exactly the filtered columns (0 all, 1 outlet, 2 assignee, 3 both), and their
 * values. `byOutlet` picks the per-outlet grain without an outlet filter (to group by outlet).
 */
export function summaryScope(filters: AnalyticsFilters, byOutlet = false): Prisma.Sql {
  const grain = (filters.outlet || byOutlet ? 1 : 0) + (filters.assignee ? 2 : 0);
  const parts = [
    Prisma.sql`s.grain = ${grain}`,
    Prisma.sql`s."assigneeId" = ${filters.assignee ?? ''}`,
  ];
  if (filters.outlet || !byOutlet) parts.push(Prisma.sql`s.outlet = ${filters.outlet ?? ''}`);
  return Prisma.join(parts, ' AND ');
}

/** A range's bounds as whole UTC days, for the summaries' `day` column. */
export function dayBounds({ start, end }: Range) {
  const day = (date: Date) => Prisma.sql`${date.toISOString().slice(0, 10)}::date`;
  return { startDay: day(start), endDay: day(end) };
}

/**
 * The filters and range as a WHERE over `p`, a narrow analytics table that carries the claim's
 * assignee and outlet (ClaimFirstPublication, ClaimApproval), with `at` its date column.
 */
function narrowScope(filters: AnalyticsFilters, { start, end }: Range, at: Prisma.Sql) {
  const parts = [Prisma.sql`${at} >= ${start}`, Prisma.sql`${at} < ${end}`];
  if (filters.outlet) parts.push(Prisma.sql`p.outlet = ${filters.outlet}`);
  if (filters.assignee) parts.push(Prisma.sql`p."assigneeId" = ${filters.assignee}`);
  return Prisma.join(parts, ' AND ');
}

/** The claims first published in the range, as a FROM … WHERE over `p` (nothing joined). */
export function firstPublications(filters: AnalyticsFilters, range: Range): Prisma.Sql {
  return Prisma.sql`"ClaimFirstPublication" p
    WHERE ${narrowScope(filters, range, Prisma.sql`p."publishedAt"`)}`;
}

/** The approvals in the range that followed a submission for review, as a FROM … WHERE over `p`. */
export function approvals(filters: AnalyticsFilters, range: Range): Prisma.Sql {
  return Prisma.sql`"ClaimApproval" p
    WHERE p."submittedAt" IS NOT NULL AND ${narrowScope(filters, range, Prisma.sql`p."approvedAt"`)}`;
}

export const week = (column: Prisma.Sql) => Prisma.sql`date_trunc('week', ${column})`;
