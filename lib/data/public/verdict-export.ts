import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { CURRENT } from './verdict-filters';
import { SUMMARY_COLUMNS, type PublicVerdictSummary } from './verdicts';

/** A published verdict with what the public exports and the ClaimReview feed need. */
export interface ExportedVerdict extends PublicVerdictSummary {
  publicationId: string;
  /** The ClaimReview value as published (null off the scale). */
  ratingValue: number | null;
  ratingBest: number | null;
  ratingWorst: number | null;
  articleUrl: string | null;
  articlePublishedAt: Date | null;
}

const BATCH = 1000;

// The page's ids come from an index-only scan first, so an OFFSET skips index entries, not joined rows.
function selectVerdicts(where: Prisma.Sql, limit: number, offset = 0) {
  return db.$queryRaw<ExportedVerdict[]>`
    SELECT ${SUMMARY_COLUMNS}, p."ratingValue", p."ratingBest", p."ratingWorst", a.url AS "articleUrl", a."publishedAt" AS "articlePublishedAt"
    FROM (
      SELECT p.id FROM "Publication" p WHERE ${CURRENT} AND ${where}
      ORDER BY p."publishedAt" DESC, p.id DESC LIMIT ${limit} OFFSET ${offset}
    ) page
    JOIN "Publication" p ON p.id = page.id
    JOIN "Claim" c ON c.id = p."claimId"
    JOIN "Article" a ON a.id = c."articleId"
    ORDER BY p."publishedAt" DESC, p.id DESC`;
}

/** Every published verdict (each claim's current publication), newest first, read in batches. */
export async function* allPublishedVerdicts(batchSize = BATCH): AsyncGenerator<ExportedVerdict> {
  let last: Pick<ExportedVerdict, 'publishedAt' | 'publicationId'> | null = null;
  for (;;) {
    const where: Prisma.Sql = last
      ? Prisma.sql`(p."publishedAt", p.id) < (${last.publishedAt}, ${last.publicationId})`
      : Prisma.sql`TRUE`;
    const rows = await selectVerdicts(where, batchSize);
    yield* rows;
    if (rows.length < batchSize) return;
    last = rows[rows.length - 1];
  }
}

/**
 * One page of published verdicts, newest first, with the total (maintained counters) and the newest
 * change (the top of the index). Deep pages still skip rows by OFFSET along the index.
 */
export async function publishedVerdictPage(page: number, pageSize: number) {
  const [items, [summary]] = await Promise.all([
    selectVerdicts(Prisma.sql`TRUE`, pageSize, (page - 1) * pageSize),
    db.$queryRaw<{ total: number; newest: Date | null }[]>`
      SELECT (SELECT coalesce(sum(count), 0)::int FROM "PublicVerdictCount") AS total,
        (SELECT p."publishedAt" FROM "Publication" p WHERE ${CURRENT}
         ORDER BY p."publishedAt" DESC, p.id DESC LIMIT 1) AS newest`,
  ]);
  return { items, total: summary.total, newest: summary.newest };
}
