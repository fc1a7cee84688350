// The article and its claims are read with their people's names JOINed in, and the page's progress
// comes from the claims listed; the objects must be those the Prisma relation loads gave.
import { describe, expect, it } from 'vitest';
import { getArticleWorkspace } from '@/lib/data/article-workspace';
import { getNewsroomArticle } from '@/lib/data/articles';
import { db } from '@/lib/db';
import { codePointOffsets } from '@/lib/code-points';
import { createArticle, createClaim } from '@/prisma/factories';
import { joinStatement } from '@/lib/statement-parts';
import { createPublishedClaim } from '@/prisma/publication-factory';
import { actor } from '../../support/actors';

/** getNewsroomArticle as it read before: Prisma with relation loads. */
async function byPrisma(id: string) {
  const article = await db.article.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      title: true,
      outlet: true,
      byline: true,
      url: true,
      publishedAt: true,
      body: true,
      createdAt: true,
      extraction: true,
      extractionError: true,
      createdBy: { select: { name: true } },
      claims: {
        orderBy: { start: 'asc' },
        select: {
          id: true,
          text: true,
          statement: true,
          start: true,
          end: true,
          speaker: true,
          speakerRole: true,
          cue: true,
          kind: true,
          attribution: true,
          checkworthiness: true,
          checkworthy: true,
          state: true,
          version: true,
          assignee: { select: { name: true } },
        },
      },
    },
  });
  const { createdBy, claims, ...rest } = article;
  const codePoint = codePointOffsets(article.body);
  return {
    ...rest,
    addedBy: createdBy.name,
    claims: claims.map(({ assignee, ...claim }) => ({
      ...claim,
      codePoints: { start: codePoint(claim.start), end: codePoint(claim.end) },
      assignee: assignee?.name ?? null,
    })),
  };
}

describe('newsroom article page', () => {
  it('names who added the article and each claim’s assignee, as before', async () => {
    const journalist = await actor('JOURNALIST', 'Article Adder');
    const assignee = await actor('JOURNALIST', 'Claim Assignee');
    const body = 'Émilie said “prices rose 5%” and Bob said wages fell 2% last year.';
    const article = await createArticle(db, { createdById: journalist.id, body, extract: false });
    await createClaim(db, {
      articleId: article.id,
      text: 'wages fell 2%',
      start: body.indexOf('wages'),
      assigneeId: assignee.id,
    });
    await createClaim(db, {
      articleId: article.id,
      text: 'prices rose 5%',
      start: body.indexOf('prices'),
      state: 'SOURCING',
    });

    const read = await getNewsroomArticle(journalist, article.id);
    expect(read).toEqual(await byPrisma(article.id));
    expect(read.addedBy).toBe('Article Adder');
    expect(read.claims.map((claim) => claim.assignee)).toEqual([null, 'Claim Assignee']);

    const workspace = await getArticleWorkspace(journalist, article.id);
    // Each claim goes to the client once: its words are sliced from the body there, and the fields
    // that would be null (no public page, no assignee) are left out.
    expect(workspace.claims.map((claim) => body.slice(claim.start, claim.end))).toEqual(
      read.claims.map((claim) => claim.text),
    );
    expect(workspace.claims.map((claim) => claim.assignee)).toEqual([undefined, 'Claim Assignee']);
    expect(
      workspace.claims.map((claim) =>
        joinStatement(claim.statement, body.slice(claim.start, claim.end)),
      ),
    ).toEqual(read.claims.map((claim) => claim.statement));
    for (const claim of workspace.claims) {
      expect(Object.keys(claim)).not.toContain('publicPath');
      expect(Object.keys(claim)).not.toContain('text');
      expect(Object.keys(claim)).not.toContain('codePoints');
    }
    expect(workspace.progress).toMatchObject({ EXTRACTED: 1, SOURCING: 1, PUBLISHED: 0 });
    const groups = await db.claim.groupBy({
      by: ['state'],
      where: { articleId: article.id },
      _count: { _all: true },
    });
    for (const group of groups) expect(workspace.progress[group.state]).toBe(group._count._all);
  });

  it('shows an article without claims, and is not found for an unknown one', async () => {
    const journalist = await actor('JOURNALIST');
    const article = await createArticle(db, { createdById: journalist.id, extract: false });
    const workspace = await getArticleWorkspace(journalist, article.id);
    expect(workspace.claims).toEqual([]);
    expect(Object.values(workspace.progress).every((count) => count === 0)).toBe(true);
    const { id, title, url, body, extraction, extractionError } = await byPrisma(article.id);
    expect(workspace.article).toEqual({ id, title, url, body, extraction, extractionError });
    await expect(getNewsroomArticle(journalist, 'no-such-article')).rejects.toThrow(/not found/);
    await expect(getArticleWorkspace(journalist, 'no-such-article')).rejects.toThrow(/not found/);
  });

  it('links a claim to its public page while a verdict on it is published, not once withdrawn', async () => {
    const editor = await actor('EDITOR');
    const body = 'The mayor said turnout was 61% and the deficit halved.';
    const article = await createArticle(db, { createdById: editor.id, body, extract: false });
    const live = await createPublishedClaim(db, {
      articleId: article.id,
      text: 'turnout was 61%',
      start: body.indexOf('turnout'),
      speaker: 'The mayor',
      publishedById: editor.id,
    });
    await createPublishedClaim(db, {
      articleId: article.id,
      text: 'the deficit halved',
      start: body.indexOf('the deficit'),
      publishedById: editor.id,
      withdrawnAt: new Date(),
    });
    const { claims } = await getArticleWorkspace(editor, article.id);
    expect(claims.map((claim) => claim.publicPath)).toEqual([`/claims/${live.slug}`, undefined]);
    expect(claims.map((claim) => claim.speaker)).toEqual(['The mayor', undefined]);
  });
});
