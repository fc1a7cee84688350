import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { getRatingScale } from '@/lib/data/rating-scale';
import { speakerSlug } from '@/lib/slug';
import { listPublishedSpeakers, verdictPage, type VerdictPage } from './verdicts';

export interface PublicSpeaker {
  slug: string;
  name: string;
  role: string | null;
  /** Every published verdict of the speaker (from the maintained counters). */
  total: number;
  /** One page of the speaker's verdicts, newest first. */
  verdicts: Omit<VerdictPage, 'total' | 'totalCapped'>;
  tally: { rating: string; count: number }[];
  /** Verdicts per year of first publication and rating. */
  byYear: { year: number; rating: string; count: number }[];
}

// A speaker's role as their latest verdicts give it; looking further back than this is not worth a scan.
const ROLE_LOOKBACK = 50;

/**
 * One speaker's published verdicts (a page, by cursor), their tally by rating and per year; null
 * when nobody published has that slug. Counts come from the maintained counters.
 */
export const getPublicSpeaker = cache(
  async (slug: string, cursor: string | null = null): Promise<PublicSpeaker | null> => {
    const names = (await listPublishedSpeakers()).filter((name) => speakerSlug(name) === slug);
    if (!names.length) return null;
    const [counts, byYear, [role], verdicts, scale] = await Promise.all([
      db.$queryRaw<{ speaker: string; rating: string; count: number }[]>`
        SELECT speaker, rating, count FROM "PublicVerdictCount"
        WHERE speaker IN (${namesSql(names)}) AND count > 0`,
      db.$queryRaw<{ year: number; rating: string; count: number }[]>`
        SELECT year, rating, sum(count)::int AS count FROM "PublicVerdictYearCount"
        WHERE speaker IN (${namesSql(names)}) AND count > 0 GROUP BY year, rating ORDER BY year`,
      db.$queryRaw<{ role: string }[]>`
        SELECT role FROM (
          SELECT p."speakerRole" AS role FROM "Publication" p
          WHERE p."isCurrent" AND p.speaker IN (${namesSql(names)})
          ORDER BY p."publishedAt" DESC, p.id DESC LIMIT ${ROLE_LOOKBACK}
        ) latest WHERE role IS NOT NULL LIMIT 1`,
      verdictPage({ speakers: names }, { cursor: cursor ?? undefined }),
      getRatingScale(),
    ]);
    if (!counts.length) return null;
    const perName = new Map<string, number>();
    for (const { speaker, count } of counts)
      perName.set(speaker, (perName.get(speaker) ?? 0) + count);
    const tally = scale.entries
      .map(({ key: rating }) => ({
        rating,
        count: counts.filter((c) => c.rating === rating).reduce((sum, c) => sum + c.count, 0),
      }))
      .filter((t) => t.count > 0);
    return {
      slug,
      name: [...perName].sort((a, b) => b[1] - a[1])[0][0],
      role: role?.role ?? null,
      total: tally.reduce((sum, t) => sum + t.count, 0),
      verdicts,
      tally,
      byYear,
    };
  },
);

const namesSql = (names: string[]) => Prisma.join(names);
