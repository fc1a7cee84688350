// A long pasted article is saved at once and its claims extracted by the `article-extraction` job
// (run here by a worker in this process); the job is idempotent, and a failure can be retried.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/v1/articles/route';
import { claimRecordsFor } from '@/lib/articles/claim-records';
import {
  EXTRACT_INLINE_MAX_CHARS,
  extractArticleClaims,
  retryArticleExtraction,
} from '@/lib/data/article-extraction';
import { createArticle } from '@/lib/data/article-import';
import { addClaim } from '@/lib/data/claim-edits';
import { getNewsroomArticle } from '@/lib/data/articles';
import { db } from '@/lib/db';
import { sendJob } from '@/lib/jobs/client';
import { startWorker, type RunningWorker } from '@/lib/jobs/worker';
import { createApiTokenFor } from '@/prisma/factories';
import { callRoute } from '../../support/call-route';
import { actor, expectSpansConsistent, longArticle, sampleBody } from '../articles/fixtures';

let worker: RunningWorker;

beforeAll(async () => {
  worker = await startWorker({
    pollingIntervalSeconds: 0.5,
    schedule: false,
    queues: ['article-extraction'],
  });
});
afterAll(async () => {
  await worker?.stop();
});

const label = () => `extraction ${process.pid}-${Date.now()}-${Math.random()}`;

async function waitForExtraction(articleId: string, ms = 150_000) {
  const until = Date.now() + ms;
  for (;;) {
    const { extraction } = await db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { extraction: true },
    });
    if (extraction !== 'PENDING' || Date.now() > until) return extraction;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const claimCount = (articleId: string) => db.claim.count({ where: { articleId } });

describe('long article extraction', { timeout: 180_000 }, () => {
  it('keeps a short paste synchronous: its claims are saved with it', async () => {
    const saved = await createArticle(await actor(), { title: 'Short', body: sampleBody() });
    expect(saved).toMatchObject({ extraction: 'DONE', existing: false });
    expect(saved.claimCount).toBeGreaterThan(0);
    expect(await claimCount(saved.id)).toBe(saved.claimCount);
  });

  it('saves a long paste at once, then the worker extracts its claims exactly once', async () => {
    const user = await actor();
    const body = longArticle(EXTRACT_INLINE_MAX_CHARS * 2, label());
    const saved = await createArticle(user, { title: 'Long read', body });
    expect(saved).toMatchObject({ extraction: 'PENDING', claimCount: 0, existing: false });
    const stored = await db.article.findUniqueOrThrow({ where: { id: saved.id } });
    expect(stored.body).toBe(body.trim());

    expect(await waitForExtraction(saved.id)).toBe('DONE');
    const expected = claimRecordsFor(stored.body).length;
    expect(expected).toBeGreaterThan(100);
    expect(await claimCount(saved.id)).toBe(expected);
    await expectSpansConsistent(saved.id);
    const audit = await db.auditEvent.findMany({
      where: { entityId: saved.id, action: 'article.extract' },
    });
    expect(audit).toHaveLength(1);

    // Delivered again (at-least-once), by the queue or directly: nothing more is saved.
    expect(await extractArticleClaims(saved.id)).toBe('skipped');
    const again = await sendJob('article-extraction', { articleId: saved.id });
    await expect
      .poll(() => worker.boss.getJobById('article-extraction', again!).then((job) => job?.state), {
        timeout: 150_000,
        interval: 250,
      })
      .toBe('completed');
    expect(await claimCount(saved.id)).toBe(expected);
    // Pasting it again answers with the same article.
    expect(await createArticle(user, { title: 'Long read', body })).toMatchObject({
      id: saved.id,
      existing: true,
      extraction: 'DONE',
    });
  });

  it('runs of the same job at the same time save the claims once', async () => {
    const saved = await createArticle(await actor(), {
      title: 'Twice at once',
      body: longArticle(EXTRACT_INLINE_MAX_CHARS + 5_000, label()),
    });
    const outcomes = await Promise.all([
      extractArticleClaims(saved.id),
      extractArticleClaims(saved.id),
    ]);
    // The worker may have run it too; either way exactly one run saved the claims.
    expect(outcomes.filter((outcome) => outcome === 'extracted').length).toBeLessThanOrEqual(1);
    expect(await waitForExtraction(saved.id)).toBe('DONE');
    const { body } = await db.article.findUniqueOrThrow({ where: { id: saved.id } });
    expect(await claimCount(saved.id)).toBe(claimRecordsFor(body).length);
  });

  it('shows a failure in words, and a retry extracts the claims', async () => {
    const user = await actor();
    const saved = await createArticle(user, {
      title: 'Failed once',
      body: longArticle(EXTRACT_INLINE_MAX_CHARS + 1_000, label()),
    });
    await waitForExtraction(saved.id);
    // As a job that ran out of retries leaves it (the database was unreachable, say).
    await db.claim.deleteMany({ where: { articleId: saved.id } });
    await db.article.update({
      where: { id: saved.id },
      data: { extraction: 'FAILED', extractionError: 'Connection terminated unexpectedly' },
    });
    expect(await getNewsroomArticle(user, saved.id)).toMatchObject({
      extraction: 'FAILED',
      extractionError: 'Connection terminated unexpectedly',
      claims: [],
    });
    // No claim is added by hand meanwhile: the extraction would save its own over the same words.
    await expect(
      addClaim(await actor('EDITOR'), saved.id, { start: 0, end: 20 }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(retryArticleExtraction(null, saved.id)).rejects.toThrow();
    await retryArticleExtraction(user, saved.id);
    expect(await waitForExtraction(saved.id)).toBe('DONE');
    const article = await getNewsroomArticle(user, saved.id);
    expect(article.extractionError).toBeNull();
    expect(article.claims.length).toBeGreaterThan(100);
  });

  it('the API answers 202 with extraction PENDING for a long article, 201 for a short one', async () => {
    const token = await createApiTokenFor(db, (await actor()).id);
    const long = await callRoute<{ id: string; extraction: string; claims: unknown[] }>(
      POST,
      'POST',
      '/api/v1/articles',
      { token, body: { title: 'API long read', body: longArticle(30_000, label()) } },
    );
    expect(long.status).toBe(202);
    expect(long.body).toMatchObject({ extraction: 'PENDING', claims: [], existing: false });
    const short = await callRoute(POST, 'POST', '/api/v1/articles', {
      token,
      body: { title: 'API short', body: sampleBody() },
    });
    expect(short.status).toBe(201);
    expect(short.body).toMatchObject({ extraction: 'DONE', extractionError: null });
    expect(await waitForExtraction(long.body.id)).toBe('DONE');
  });
});
