import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import { saveArticle } from '@/lib/data/article-import';
import { db } from '@/lib/db';
import { articleSchema } from '@/lib/schemas/article';
import { importArticleFromUrl, UrlImportError } from '@/lib/url-import';
import { canonicalUrl } from './dedup-keys';

// Worth another try later (the queue retries with back-off); other failures will not change.
const TRANSIENT = new Set(['dns', 'timeout', 'network', 'http_status']);

export type ImportOutcome = 'skipped' | 'imported' | 'duplicate' | 'failed';

/**
 * Imports one feed entry through the URL import (SSRF guard, limits, readability), for the user who
 * added the source. Idempotent: an entry already imported is skipped, and an article saved before
 * (same canonical address or same text, by any route) is linked instead of saved again.
 */
export async function importFeedItem(feedItemId: string): Promise<ImportOutcome> {
  const item = await db.feedItem.findUnique({
    where: { id: feedItemId },
    select: {
      id: true,
      url: true,
      title: true,
      status: true,
      publishedAt: true,
      source: {
        select: {
          id: true,
          createdBy: { select: { id: true, email: true, name: true, role: true, disabled: true } },
        },
      },
    },
  });
  if (!item || item.status === 'IMPORTED' || item.status === 'DUPLICATE') return 'skipped';
  const owner = item.source.createdBy;
  const done = (status: 'IMPORTED' | 'DUPLICATE' | 'FAILED', data: object) =>
    db.feedItem.update({ where: { id: item.id }, data: { status, ...data } });
  try {
    if (owner.disabled)
      throw new UrlImportError('no_article', 'The user who added this source is disabled.');
    assertCan(owner, 'articles.create');
    const known = await db.article.findUnique({
      where: { canonicalUrl: canonicalUrl(item.url) ?? '' },
      select: { id: true },
    });
    if (known) {
      await done('DUPLICATE', { articleId: known.id, error: null });
      return 'duplicate';
    }
    const page = await importArticleFromUrl(item.url);
    const data = articleSchema.parse({
      title: (page.title || item.title || page.url).slice(0, 300),
      body: page.body,
      url: page.url,
      outlet: page.outlet.slice(0, 200),
      byline: page.byline.slice(0, 200),
      publishedAt: page.publishedAt || item.publishedAt?.toISOString().slice(0, 10) || null,
    });
    const saved = await saveArticle(data, {
      createdById: owner.id,
      actorId: null,
      watchedSourceId: item.source.id,
      canonicalUrl: page.canonicalUrl,
    });
    await done(saved.existing ? 'DUPLICATE' : 'IMPORTED', { articleId: saved.id, error: null });
    return saved.existing ? 'duplicate' : 'imported';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await done('FAILED', { error: message.slice(0, 1000) });
    if (error instanceof UrlImportError && !TRANSIENT.has(error.reason)) return 'failed';
    if (isPermanent(error)) return 'failed';
    throw error;
  }
}

function isPermanent(error: unknown): boolean {
  return (
    (error as { name?: string })?.name === 'ZodError' ||
    (error as { code?: string })?.code === 'forbidden'
  );
}
