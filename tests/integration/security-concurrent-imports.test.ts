// Issue 10, item 16: imports of long articles at the same time all succeed. On the embedded
// database an open transaction holds the one PGlite session, so the others wait for it to end;
// with Prisma's default 2 s to start a transaction, one of three 60 kB imports failed (500).
// A 60 kB article is now saved at once and extracted by a job: the three extractions run at once too.
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticleClaims } from '@/lib/data/article-extraction';
import { createArticle } from '@/lib/data/article-import';
import { db } from '@/lib/db';
import { stopJobQueue } from '@/lib/jobs/client';
import { actor, expectSpansConsistent, longArticle } from './articles/fixtures';

afterAll(() => stopJobQueue());

describe('concurrent imports', () => {
  it('three 60 kB imports and their extractions at once all succeed, each with its claims', async () => {
    const user = await actor();
    const bodies = ['a', 'b', 'c'].map((label) => longArticle(60_000, label));
    const results = await Promise.allSettled(
      bodies.map((body, i) => createArticle(user, { title: `Long read ${i + 1}`, body })),
    );
    const failures = results.filter((r) => r.status === 'rejected');
    expect(failures.map((f) => String((f as PromiseRejectedResult).reason))).toEqual([]);
    const saved = results.map(
      (result) =>
        (result as PromiseFulfilledResult<Awaited<ReturnType<typeof createArticle>>>).value,
    );
    expect(saved.map((article) => article.extraction)).toEqual(['PENDING', 'PENDING', 'PENDING']);
    const extracted = await Promise.allSettled(saved.map((a) => extractArticleClaims(a.id)));
    expect(extracted.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason)))).toEqual([
      'extracted',
      'extracted',
      'extracted',
    ]);
    for (const article of saved) {
      expect(await db.claim.count({ where: { articleId: article.id } })).toBeGreaterThan(100);
      await expectSpansConsistent(article.id);
    }
  });
});
