import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { VerdictQuery } from '@/lib/schemas/verdict-query';

/** What readers see: each claim's current publication (its latest live one; see the migration's trigger). */
export const CURRENT = Prisma.sql`p."isCurrent"`;

export type VerdictFilters = Partial<
  Pick<VerdictQuery, 'q' | 'rating' | 'speaker' | 'from' | 'to'>
> & {
  /** Exact speaker names (a speaker page); the `speaker` filter matches part of a name. */
  speakers?: string[];
};

export function filtersSql(filters: VerdictFilters): Prisma.Sql[] {
  const where = [CURRENT];
  if (filters.q)
    where.push(Prisma.sql`p."searchVector" @@ websearch_to_tsquery('english', ${filters.q})`);
  if (filters.rating) where.push(Prisma.sql`p.rating = ${filters.rating}`);
  if (filters.speaker)
    where.push(
      Prisma.sql`p.speaker ILIKE ${'%' + filters.speaker.replace(/[\\%_]/g, '\\$&') + '%'}`,
    );
  if (filters.from)
    where.push(Prisma.sql`p."publishedAt" >= ${new Date(`${filters.from}T00:00:00Z`)}`);
  if (filters.to)
    where.push(
      Prisma.sql`p."publishedAt" < ${new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000)}`,
    );
  if (filters.speakers)
    where.push(
      Prisma.sql`p.speaker IN (${Prisma.join(filters.speakers.length ? filters.speakers : [''])})`,
    );
  return where;
}
