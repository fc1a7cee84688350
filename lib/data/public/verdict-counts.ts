import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { COUNT_CAP } from '@/lib/schemas/count-cap';
import { filtersSql, type VerdictFilters } from './verdict-filters';

export interface VerdictCount {
  /** How many verdicts match; a lower bound when totalCapped. */
  total: number;
  /** True when more than COUNT_CAP match and counting them all would read them all ("1,000+"). */
  totalCapped: boolean;
}

/**
 * Totals without counting the table: by speaker and rating from the maintained PublicVerdictCount
 * rows, else (text, part of a name, dates) by counting at most COUNT_CAP + 1 matching rows.
 */
export async function countPublishedVerdicts(filters: VerdictFilters): Promise<VerdictCount> {
  if (!filters.q && !filters.speaker && !filters.from && !filters.to) {
    const where = [Prisma.sql`TRUE`];
    if (filters.rating) where.push(Prisma.sql`rating = ${filters.rating}`);
    if (filters.speakers)
      where.push(
        Prisma.sql`speaker IN (${Prisma.join(filters.speakers.length ? filters.speakers : [''])})`,
      );
    const [row] = await db.$queryRaw<{ total: number }[]>`
      SELECT coalesce(sum(count), 0)::int AS total FROM "PublicVerdictCount"
      WHERE ${Prisma.join(where, ' AND ')}`;
    return { total: row?.total ?? 0, totalCapped: false };
  }
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM (
      SELECT 1 FROM "Publication" p WHERE ${Prisma.join(filtersSql(filters), ' AND ')}
      LIMIT ${COUNT_CAP + 1}) matching`;
  const total = row?.total ?? 0;
  return total > COUNT_CAP
    ? { total: COUNT_CAP, totalCapped: true }
    : { total, totalCapped: false };
}

/** "12 verdicts", "1,000+ verdicts": a count for readers. */
export function countLabel({ total, totalCapped }: VerdictCount, noun: string): string {
  return `${total.toLocaleString('en')}${totalCapped ? '+' : ''} ${noun}${total === 1 && !totalCapped ? '' : 's'}`;
}
