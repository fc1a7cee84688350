import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/session-user';
import { createArticle } from '@/lib/data/article-import';
import { db } from '@/lib/db';
import { actor, expectSpansConsistent, SAMPLE_BODY, sampleBody } from './fixtures';

const session = vi.hoisted(() => ({
  user: null as null | SessionUser,
}));
vi.mock('@/lib/auth/current-user', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getCurrentUser: async () => session.user,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const { createArticleAction } = await import('@/lib/actions/articles');

const validInput = {
  title: 'Council approves budget',
  outlet: 'The Gazette',
  byline: 'Jane Doe',
  url: 'https://gazette.example/budget',
  publishedAt: '2025-05-16',
  body: SAMPLE_BODY,
};
// Each save needs text not saved before (a repeat answers with the earlier article).
let copy = 0;
const fresh = () => ({
  ...validInput,
  url: `${validInput.url}-${Date.now()}-${++copy}`,
  body: sampleBody(),
});

beforeEach(() => {
  session.user = null;
});

describe('createArticle', () => {
  it('stores the article and its extracted claims with offsets that point at their text', async () => {
    const user = await actor();
    const input = fresh();
    const saved = await createArticle(user, input);
    expect(saved.claimCount).toBeGreaterThanOrEqual(3);

    const article = await expectSpansConsistent(saved.id);
    expect(article.claims).toHaveLength(saved.claimCount);
    const stored = await db.article.findUniqueOrThrow({ where: { id: saved.id } });
    expect(stored).toMatchObject({
      title: 'Council approves budget',
      outlet: 'The Gazette',
      byline: 'Jane Doe',
      url: input.url,
      createdById: user.id,
    });
    expect(stored.publishedAt?.toISOString()).toBe('2025-05-16T00:00:00.000Z');
    const claims = await db.claim.findMany({
      where: { articleId: saved.id },
      orderBy: { start: 'asc' },
    });
    expect(claims.map((c) => c.text)).toContain('We have cut crime by 20 percent since 2020');
    expect(claims.every((c) => c.state === 'EXTRACTED' && c.version === 1)).toBe(true);

    const events = await db.auditEvent.findMany({
      where: { entity: 'article', entityId: saved.id },
    });
    expect(events).toEqual([
      expect.objectContaining({ action: 'article.create', actorId: user.id }),
    ]);
  });

  it('normalises Windows line endings so offsets match the stored body', async () => {
    const user = await actor();
    const saved = await createArticle(user, {
      title: 'CRLF',
      body: SAMPLE_BODY.replace(/\n/g, '\r\n'),
    });
    const article = await expectSpansConsistent(saved.id);
    expect(article.body).not.toContain('\r');
    expect(article.claims.length).toBeGreaterThan(0);
  });

  it('changes nothing on bad input', async () => {
    const user = await actor();
    const before = { articles: await db.article.count(), claims: await db.claim.count() };
    const bad = [
      { ...validInput, title: '' },
      { ...validInput, body: 'too short' },
      { ...validInput, url: 'javascript:alert(1)' },
      { ...validInput, url: 'not a url' },
      { ...validInput, publishedAt: 'yesterday-ish' },
      { ...validInput, publishedAt: '2999-01-01' },
      { ...validInput, body: `${SAMPLE_BODY}\u0000` },
      { ...validInput, title: 'x'.repeat(301) },
    ];
    for (const input of bad) await expect(createArticle(user, input)).rejects.toThrow();
    expect({ articles: await db.article.count(), claims: await db.claim.count() }).toEqual(before);
  });

  it('refuses anonymous callers', async () => {
    await expect(createArticle(null, validInput)).rejects.toMatchObject({
      code: 'unauthenticated',
    });
  });
});

describe('createArticleAction', () => {
  it('returns field errors and saves nothing on bad input', async () => {
    session.user = await actor();
    const before = await db.article.count();
    const result = await createArticleAction({ ...validInput, title: '', body: 'short' });
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid',
      fields: { title: 'Enter the headline.', body: expect.any(String) },
    });
    expect(await db.article.count()).toBe(before);
  });

  it('saves and redirects to the new article', async () => {
    session.user = await actor();
    // Next's redirect() throws; the action lets it through for Next to answer with the redirect.
    const error = await createArticleAction({ ...fresh(), title: 'Redirect me' }).catch(
      (e: unknown) => e,
    );
    const saved = await db.article.findFirstOrThrow({ where: { title: 'Redirect me' } });
    expect(error).toMatchObject({
      digest: expect.stringContaining(`;/newsroom/articles/${saved.id};`),
    });
  });

  it('tells an anonymous caller to sign in', async () => {
    expect(await createArticleAction(validInput)).toMatchObject({
      ok: false,
      code: 'unauthenticated',
    });
  });
});
