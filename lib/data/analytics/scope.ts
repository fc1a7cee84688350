import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AnalyticsFilters } from '@/lib/schemas/analytics-filters';

/** Outlet and assignee filters, as SQL over `c` ("Claim") joined with `a` ("Article"). */
export function claimScope(filters: AnalyticsFilters): Prisma.Sql {
  const parts = [Prisma.sql`TRUE`];
  if (filters.outlet) parts.push(Prisma.sql`a.outlet = ${filters.outlet}`);
  if (filters.assignee) parts.push(Prisma.sql`c."assigneeId" = ${filters.assignee}`);
  return Prisma.join(parts, ' AND ');
}

/** A claim's first publication (corrections and republications after a withdrawal are not new ones). */
export const FIRST_PUBLICATION = Prisma.sql`NOT EXISTS (
  SELECT 1 FROM "Publication" e WHERE e."claimId" = p."claimId" AND (e."publishedAt", e.id) < (p."publishedAt", p.id))`;

export const week = (column: Prisma.Sql) => Prisma.sql`date_trunc('week', ${column})`;
