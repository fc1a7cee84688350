// Issue 10, item 16: imports of long articles at the same time all succeed. On the embedded
// database an open transaction holds the one PGlite session, so the others wait for it to end;
// with Prisma's default 2 s to start a transaction, one of three 60 kB imports failed (500).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArticle } from '@/lib/data/article-import';
import { db } from '@/lib/db';
import { actor, expectSpansConsistent } from './articles/fixtures';

const root = path.resolve(__dirname, '..', '..');
const fixtureDir = path.join(root, 'tests/fixtures/extraction');
const stories = [
  readFileSync(path.join(root, 'prisma/demo/istanbul-talks.txt'), 'utf8'),
  ...['outbreak', 'court-ruling', 'central-bank', 'wildfire', 'election-count', 'flood-report'].map(
    (name) =>
      (JSON.parse(readFileSync(path.join(fixtureDir, `${name}.json`), 'utf8')) as { text: string })
        .text,
  ),
];

/** About `bytes` of newsroom copy: the development stories, repeated, each repeat in its own words at the start. */
function longArticle(bytes: number, label: string): string {
  const parts: string[] = [];
  for (let i = 0; parts.join('\n\n').length < bytes; i++)
    parts.push(`Update ${i + 1} (${label}).\n\n${stories[i % stories.length]}`);
  return parts.join('\n\n').slice(0, bytes);
}

describe('concurrent imports', () => {
  it('three 60 kB imports at once all succeed, each with its claims', async () => {
    const user = await actor();
    const bodies = ['a', 'b', 'c'].map((label) => longArticle(60_000, label));
    const results = await Promise.allSettled(
      bodies.map((body, i) => createArticle(user, { title: `Long read ${i + 1}`, body })),
    );
    const failures = results.filter((r) => r.status === 'rejected');
    expect(failures.map((f) => String((f as PromiseRejectedResult).reason))).toEqual([]);
    for (const result of results) {
      const saved = (result as PromiseFulfilledResult<Awaited<ReturnType<typeof createArticle>>>)
        .value;
      expect(saved.claimCount).toBeGreaterThan(100);
      expect(await db.claim.count({ where: { articleId: saved.id } })).toBe(saved.claimCount);
      await expectSpansConsistent(saved.id);
    }
  });
});
