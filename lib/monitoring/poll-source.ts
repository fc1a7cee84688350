import 'server-only';
import { db } from '@/lib/db';
import { sendJob } from '@/lib/jobs/client';
import { decodeHtml } from '@/lib/url-import/decode-html';
import { UrlImportError } from '@/lib/url-import/errors';
import { fetchFeed } from './fetch-feed';
import { jobIdFor } from './job-ids';
import { FeedFormatError, parseFeed } from './parse-feed';

/** Entries read per poll; a feed listing more is read from its top (newest first, as feeds are). */
export const MAX_ENTRIES_PER_POLL = 200;

export type PollOutcome = 'skipped' | 'not_modified' | 'ok' | 'error';

const minutesFrom = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);

/**
 * Polls one source: conditional GET, new entries stored (a second poll stores nothing new), an
 * import queued per entry not yet imported. The validators are saved last, so a poll that dies
 * half-way fetches the whole feed again next time. Feed problems are recorded on the source in
 * words; anything else (the database) is thrown for the queue to retry.
 */
export async function pollSource(sourceId: string): Promise<PollOutcome> {
  const source = await db.watchedSource.findUnique({ where: { id: sourceId } });
  if (!source || !source.enabled) return 'skipped';
  const started = new Date();
  const nextPollAt = minutesFrom(started, source.intervalMinutes);
  let fetched;
  let entries;
  try {
    fetched = await fetchFeed(source.url, { etag: source.etag, lastModified: source.lastModified });
    if (fetched.status === 304) {
      await db.watchedSource.update({
        where: { id: sourceId },
        data: { lastFetchAt: started, lastStatus: 'not_modified', lastError: null, nextPollAt },
      });
      return 'not_modified';
    }
    const feed = parseFeed(decodeHtml(fetched.bytes, fetched.contentType), fetched.url);
    entries = { kind: feed.format, list: feed.entries.slice(0, MAX_ENTRIES_PER_POLL) };
  } catch (error) {
    if (!(error instanceof UrlImportError || error instanceof FeedFormatError)) throw error;
    await db.watchedSource.update({
      where: { id: sourceId },
      data: { lastFetchAt: started, lastStatus: 'error', lastError: error.message, nextPollAt },
    });
    return 'error';
  }
  await db.feedItem.createMany({
    data: entries.list.map((entry) => ({
      sourceId,
      guid: entry.guid.slice(0, 2000),
      url: entry.url.slice(0, 2000),
      title: entry.title?.slice(0, 500) ?? null,
      publishedAt: entry.publishedAt,
    })),
    skipDuplicates: true,
  });
  const pending = await db.feedItem.findMany({
    where: { sourceId, status: 'NEW' },
    select: { id: true },
  });
  for (const item of pending)
    await sendJob(
      'article-import-url',
      { feedItemId: item.id },
      { id: jobIdFor('article-import-url', item.id) },
    );
  await db.watchedSource.update({
    where: { id: sourceId },
    data: {
      kind: entries.kind === 'sitemap' ? 'SITEMAP' : 'FEED',
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      lastFetchAt: started,
      lastStatus: 'ok',
      lastError: entries.list.length === 0 ? 'The feed lists no entries with a web address.' : null,
      nextPollAt,
    },
  });
  return 'ok';
}
