// Issue 10, item 16: claims with the same opening words get the same readable slug and differ
// only in a short random suffix, which can repeat (24 bits: a birthday collision is likely after a
// few thousand such claims); a repeat was a unique-constraint 500. Here the suffix space is cut to
// 1,024 so that repeats are near certain (150 claims: 1 - 2e-5), and every slug must still come
// out distinct, without an error.
import { describe, expect, it, vi } from 'vitest';
import { createArticle } from '@/lib/data/article-import';
import { addClaim, splitClaim } from '@/lib/data/claim-edits';
import { db } from '@/lib/db';
import { actor } from './articles/fixtures';

vi.mock('@/lib/slug', () => ({
  makeSlug: (text: string) =>
    `${text.toLowerCase().split(/\W+/).filter(Boolean).slice(0, 3).join('-')}-${Math.floor(Math.random() * 1024)}`,
}));

const CLAIMS = 150;
/** An article of CLAIMS quotes that all open with `opening` (each test its own, so its own suffixes). */
const quotes = (opening: string) =>
  Array.from(
    { length: CLAIMS },
    (_, i) =>
      `"${opening} in the northern region fell to ${i + 1} percent last year," the minister said.`,
  ).join('\n\n');

describe('slugs of claims with the same opening words', () => {
  it('are all distinct when an article is imported, and no import fails', async () => {
    const user = await actor();
    const body = quotes('Unemployment');
    const saved = await createArticle(user, { title: 'Unemployment in the north', body });
    expect(saved.claimCount).toBe(CLAIMS);
    const claims = await db.claim.findMany({
      where: { articleId: saved.id },
      select: { slug: true },
    });
    expect(claims.every((c) => c.slug.startsWith('unemployment-in-the-'))).toBe(true);
    expect(new Set(claims.map((c) => c.slug)).size).toBe(CLAIMS);
  });

  it('stay distinct from stored ones when articles, claims and split halves are added', async () => {
    const user = await actor();
    const body = quotes('Inflation');
    const first = await createArticle(user, { title: 'Inflation in the north', body });
    // The same headline and claims, in a text of its own (the same text would answer with the first).
    const second = await createArticle(user, {
      title: 'Inflation in the north',
      body: `${body}\n\n(Second edition.)`,
    });
    const span = body.indexOf('Inflation');
    for (let i = 0; i < 20; i++)
      await addClaim(user, second.id, { start: span, end: span + 40 + i });
    const [target] = await db.claim.findMany({
      where: { articleId: second.id },
      orderBy: { start: 'asc' },
      take: 1,
    });
    await splitClaim(user, target.id, { version: target.version, at: target.start + 30 });

    const articles = await db.article.findMany({ where: { id: { in: [first.id, second.id] } } });
    expect(articles[0].slug).not.toBe(articles[1].slug);
    const slugs = (
      await db.claim.findMany({
        where: { articleId: { in: [first.id, second.id] } },
        select: { slug: true },
      })
    ).map((c) => c.slug);
    expect(slugs).toHaveLength(2 * CLAIMS + 20 + 1);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});
