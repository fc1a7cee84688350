// Issue 12 acceptance: a local site serves an RSS feed whose items are articles; the worker imports
// each article once (polled twice, the same article under two addresses, a poll cut short), and
// their check-worthy claims reach the triage queue. Runs on PostgreSQL and on the embedded database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTriageQueue } from '@/lib/data/triage';
import { addWatchedSource, listWatchedSources } from '@/lib/data/watched-sources';
import { db } from '@/lib/db';
import { sendJob } from '@/lib/jobs/client';
import { startWorker, type RunningWorker } from '@/lib/jobs/worker';
import { jobIdFor } from '@/lib/monitoring/job-ids';
import { pollSource } from '@/lib/monitoring/poll-source';
import { actor } from '../../support/actors';
import { startFeedSite, type FeedSite } from '../../support/feed-server';

let site: FeedSite;
let worker: RunningWorker | undefined;

beforeAll(async () => {
  site = await startFeedSite();
});
afterAll(async () => {
  await worker?.stop();
  await site.close();
});

/** Waits until the source has `items` entries and none waits for import; returns how many still wait. */
async function settled(sourceId: string, items = 1, ms = 200_000) {
  const until = Date.now() + ms;
  for (;;) {
    const [open, all] = await Promise.all([
      db.feedItem.count({ where: { sourceId, status: 'NEW' } }),
      db.feedItem.count({ where: { sourceId } }),
    ]);
    if ((open === 0 && all >= items) || Date.now() > until) return open;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

const run = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

// The worker imports (and matches) each article against everything the suite's other tests left in
// the shared database; on the single-threaded embedded database that takes well over a minute.
describe('media monitoring', { timeout: 240_000 }, () => {
  it('imports each article once: polled twice, and the same article under two addresses', async () => {
    const editor = await actor('EDITOR');
    const id = run();
    const [a, b, c] = [`a${id}`, `b${id}`, `c${id}`];
    site.setFeed(`news${id}`, [
      a,
      b,
      c,
      [`${b}-copy`, `${site.base}/articles/${b}-copy`], // same text, names b as canonical
      [a, `${site.base}/articles/${a}?utm_source=rss#top`], // same page, tracking parameters
    ]);
    const source = await addWatchedSource(editor, {
      name: `News ${id}`,
      url: `${site.base}/feeds/news${id}.xml`,
      intervalMinutes: 15,
    });
    // Two polls before any worker runs: the second is a conditional GET answered 304.
    expect(await pollSource(source.id)).toBe('ok');
    expect(await pollSource(source.id)).toBe('not_modified');
    expect(site.notModified).toBeGreaterThanOrEqual(1);
    expect(await db.feedItem.count({ where: { sourceId: source.id } })).toBe(5);

    worker = await startWorker({ pollingIntervalSeconds: 0.5, schedule: false });
    expect(await settled(source.id)).toBe(0);
    const items = await db.feedItem.findMany({ where: { sourceId: source.id } });
    expect(items.filter((item) => item.status === 'IMPORTED')).toHaveLength(3);
    expect(items.filter((item) => item.status === 'DUPLICATE')).toHaveLength(2);
    const articles = await db.article.findMany({ where: { watchedSourceId: source.id } });
    expect(articles).toHaveLength(3);
    expect(new Set(items.map((item) => item.articleId)).size).toBe(3);

    // A changed feed (new ETag) with one new item: only that one is fetched and imported.
    const fetchedBefore = site.hits.get(`/articles/${a}`);
    site.setFeed(`news${id}`, [a, b, c, `d${id}`]);
    expect(await pollSource(source.id)).toBe('ok');
    expect(await settled(source.id)).toBe(0);
    expect(await db.article.count({ where: { watchedSourceId: source.id } })).toBe(4);
    expect(site.hits.get(`/articles/${a}`)).toBe(fetchedBefore);
    expect(site.hits.get(`/articles/d${id}`)).toBe(1);

    // Health in numbers, and the claims in triage.
    const [health] = (await listWatchedSources(editor)).filter((s) => s.id === source.id);
    expect(health).toMatchObject({
      itemsFound: 6,
      itemsImported: 4,
      itemsDuplicate: 2,
      lastStatus: 'ok',
    });
    const { rows } = await getTriageQueue(editor, 'recent');
    const fromFeed = rows.filter((row) => row.article.source === `News ${id}`);
    expect(fromFeed.length).toBeGreaterThanOrEqual(4);
    expect(fromFeed.some((row) => /Unemployment fell to/.test(row.text))).toBe(true);
  });

  it('a poll cut short is finished by the next one without importing anything twice', async () => {
    const editor = await actor('EDITOR');
    const id = run();
    const slugs = [`p${id}`, `q${id}`, `r${id}`];
    site.setFeed(`cut${id}`, slugs);
    const source = await addWatchedSource(editor, {
      name: `Cut ${id}`,
      url: `${site.base}/feeds/cut${id}.xml`,
      intervalMinutes: 15,
    });
    expect(await settled(source.id, 3)).toBe(0);
    // What a poll that died after storing the items and queueing one import leaves behind:
    // items stored, one import queued twice (as a retried poll would), no validators saved.
    await db.watchedSource.update({
      where: { id: source.id },
      data: { etag: null, lastModified: null },
    });
    const imported = await db.feedItem.count({
      where: { sourceId: source.id, status: 'IMPORTED' },
    });
    expect(imported).toBe(3);
    const first = await db.feedItem.findFirstOrThrow({ where: { sourceId: source.id } });
    const again = await sendJob(
      'article-import-url',
      { feedItemId: first.id },
      { id: jobIdFor('article-import-url', first.id) },
    );
    expect(again).toBeNull(); // the same import is one job, however often it is queued
    expect(await pollSource(source.id)).toBe('ok');
    expect(await settled(source.id)).toBe(0);
    expect(await db.article.count({ where: { watchedSourceId: source.id } })).toBe(3);
    for (const slug of slugs) expect(site.hits.get(`/articles/${slug}`)).toBe(1);
  });

  it('records a feed that cannot be read, in words, and imports nothing', async () => {
    const editor = await actor('EDITOR');
    const source = await addWatchedSource(editor, {
      name: `Broken ${run()}`,
      url: `${site.base}/articles/not-a-feed`,
      intervalMinutes: 15,
    });
    expect(await pollSource(source.id)).toBe('error');
    const [health] = (await listWatchedSources(editor)).filter((s) => s.id === source.id);
    expect(health.lastStatus).toBe('error');
    expect(health.lastError).toMatch(/not a feed/);
    expect(health.itemsFound).toBe(0);
  });

  it('lets only editors and admins add sources', async () => {
    await expect(
      addWatchedSource(await actor('JOURNALIST'), {
        name: 'Nope',
        url: `${site.base}/feeds/x.xml`,
        intervalMinutes: 15,
      }),
    ).rejects.toThrow(/editors and admins/);
  });
});
