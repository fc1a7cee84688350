import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { decodeCursor } from './cursor';
import { keysetOrder, keysetPage, keysetWhere } from './keyset';
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
function selectVerdicts(where: Prisma.Sql, limit: number, offset = 0, order = keysetOrder(null)) {
  return db.$queryRaw<ExportedVerdict[]>`
    SELECT ${SUMMARY_COLUMNS}, p."ratingValue", p."ratingBest", p."ratingWorst", a.url AS "articleUrl", a."publishedAt" AS "articlePublishedAt"
    FROM (
      SELECT p.id FROM "Publication" p WHERE ${CURRENT} AND ${where}
      ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
    ) page
    JOIN "Publication" p ON p.id = page.id
    JOIN "Claim" c ON c.id = p."claimId"
    JOIN "Article" a ON a.id = c."articleId"
    ORDER BY ${order}`;
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
 * One page of published verdicts, newest first, by keyset from `cursor` (the public cursor codec)
 * or, for the first pages only, a page number; with the total (maintained counters) and the newest
 * change (the top of the index). Reads pageSize + 1 rows along the index to know if more follow.
 */
export async function publishedVerdictPage(
  { cursor, page = 1 }: { cursor?: string; page?: number },
  pageSize: number,
) {
  const at = cursor ? decodeCursor(cursor) : null;
  const offset = at ? 0 : (page - 1) * pageSize;
  const [rows, [summary]] = await Promise.all([
    selectVerdicts(keysetWhere(at), pageSize + 1, offset, keysetOrder(at)),
    db.$queryRaw<{ total: number; newest: Date | null }[]>`
      SELECT (SELECT coalesce(sum(count), 0)::int FROM "PublicVerdictCount") AS total,
        (SELECT p."publishedAt" FROM "Publication" p WHERE ${CURRENT}
         ORDER BY p."publishedAt" DESC, p.id DESC LIMIT 1) AS newest`,
  ]);
  const { shown, next, prev } = keysetPage(
    rows,
    at,
    pageSize,
    (row) => ({ publishedAt: row.publishedAt, id: row.publicationId }),
    offset > 0,
  );
  return { items: shown, next, prev, total: summary.total, newest: summary.newest };
}
