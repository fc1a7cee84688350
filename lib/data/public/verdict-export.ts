import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { LATEST_LIVE, type PublicVerdictSummary } from './verdicts';

/** A published verdict with what the public exports and the ClaimReview feed need. */
export interface ExportedVerdict extends PublicVerdictSummary {
  publicationId: string;
  articleUrl: string | null;
  articlePublishedAt: Date | null;
}

const BATCH = 1000;

function selectVerdicts(where: Prisma.Sql, limit: number, offset = 0) {
  return db.$queryRaw<ExportedVerdict[]>`
    SELECT p.id AS "publicationId", c.slug, p.statement, p."claimText", p.speaker, p."speakerRole", p.rating::text AS rating,
      p.summary, p."publishedAt",
      (SELECT min(f."publishedAt") FROM "Publication" f WHERE f."claimId" = p."claimId" AND f."withdrawnAt" IS NULL) AS "firstPublishedAt",
      a.slug AS "articleSlug", a.title AS "articleTitle", a.outlet AS "articleOutlet", a.url AS "articleUrl",
      a."publishedAt" AS "articlePublishedAt"
    FROM "Publication" p
    JOIN "Claim" c ON c.id = p."claimId"
    JOIN "Article" a ON a.id = c."articleId"
    WHERE ${LATEST_LIVE} AND ${where}
    ORDER BY p."publishedAt" DESC, p.id DESC
    LIMIT ${limit} OFFSET ${offset}`;
}

/** Every published verdict (each claim's latest live publication), newest first, read in batches. */
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

/** One page of published verdicts, newest first, with the total and the newest change. */
export async function publishedVerdictPage(page: number, pageSize: number) {
  const [items, [summary]] = await Promise.all([
    selectVerdicts(Prisma.sql`TRUE`, pageSize, (page - 1) * pageSize),
    db.$queryRaw<{ total: number; newest: Date | null }[]>`
      SELECT count(*)::int AS total, max(p."publishedAt") AS newest FROM "Publication" p WHERE ${LATEST_LIVE}`,
  ]);
  return { items, total: summary.total, newest: summary.newest };
}
