import 'server-only';
import { claimRecordsFor } from '@/lib/articles/claim-records';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { sendJob } from '@/lib/jobs/client';
import { freeSlugs } from './free-slugs';

export { EXTRACT_INLINE_MAX_CHARS } from '@/lib/articles/inline-extraction';

const errorText = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).slice(0, 1000);

async function markFailed(articleId: string, error: unknown): Promise<void> {
  await db.article.updateMany({
    where: { id: articleId, extraction: { not: 'DONE' } },
    data: { extraction: 'FAILED', extractionError: errorText(error) },
  });
}

/** Queues the extraction of a saved article; if the queue cannot take it, the article says so (retry). */
export async function queueExtraction(articleId: string): Promise<void> {
  try {
    await sendJob('article-extraction', { articleId });
  } catch (error) {
    await markFailed(articleId, `Could not queue the extraction: ${errorText(error)}`);
  }
}

export type ExtractionOutcome = 'extracted' | 'skipped' | 'failed';

/**
 * The `article-extraction` job. Idempotent: the claims are saved and the article marked DONE in
 * one transaction that first locks the article row, so a second run of the same job (a crashed
 * worker's, retried) waits for the first to end, finds DONE and saves nothing.
 */
export async function extractArticleClaims(articleId: string): Promise<ExtractionOutcome> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { body: true, extraction: true },
  });
  if (!article) return 'skipped';
  if (article.extraction === 'DONE') {
    // A crash between the commit and queueing the matching loses nothing: matching is idempotent.
    await sendJob('claim-matching', { articleId });
    return 'skipped';
  }
  let claims: ReturnType<typeof claimRecordsFor>;
  try {
    claims = claimRecordsFor(article.body);
  } catch (error) {
    // The extractor is deterministic: a retry would fail the same way, so none is asked for.
    await markFailed(articleId, error);
    return 'failed';
  }
  try {
    const saved = await db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ extraction: string }[]>`
        SELECT extraction::text AS extraction FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
      if (!row || row.extraction === 'DONE') return null;
      const slugs = await freeSlugs(
        tx,
        'claim',
        claims.map((claim) => claim.text),
      );
      await tx.claim.createMany({
        data: claims.map((claim, i) => ({ ...claim, slug: slugs[i], articleId })),
      });
      await tx.article.update({
        where: { id: articleId },
        data: { extraction: 'DONE', extractionError: null },
      });
      await recordAudit(tx, {
        actorId: null,
        entity: 'article',
        entityId: articleId,
        action: 'article.extract',
        after: { claims: claims.length },
      });
      return claims.length;
    });
    if (saved === null) return 'skipped';
  } catch (error) {
    // Shown to the newsroom at once; the queue still retries (a database error may pass).
    await markFailed(articleId, error);
    throw error;
  }
  await sendJob('claim-matching', { articleId });
  return 'extracted';
}

/** "Retry" on an article whose extraction failed: queue it again. */
export async function retryArticleExtraction(
  actor: SessionUser | null,
  articleId: string,
): Promise<void> {
  const user = assertCan(actor, 'articles.create');
  const { count } = await db.article.updateMany({
    where: { id: articleId, extraction: 'FAILED' },
    data: { extraction: 'PENDING', extractionError: null },
  });
  if (!count) {
    const exists = await db.article.count({ where: { id: articleId } });
    if (!exists) throw notFound('Article');
    return;
  }
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: user.id,
      entity: 'article',
      entityId: articleId,
      action: 'article.extract.retry',
    }),
  );
  await queueExtraction(articleId);
}

/** What the article page polls while an extraction is pending: one indexed row, no body or claims. */
export async function getExtractionStatus(actor: SessionUser | null, articleId: string) {
  assertCan(actor, 'articles.view');
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { extraction: true, extractionError: true },
  });
  if (!article) throw notFound('Article');
  return article;
}
