// Issue 14: every prop the article page passes to a client component is serialised into its RSC
// payload (and again, escaped, in its HTML). Measures them for a 1,000-claim transcript.
import { describe, expect, it } from 'vitest';
import { getArticleWorkspace } from '@/lib/data/article-workspace';
import { db } from '@/lib/db';
import { parseClaimViewFilters } from '@/lib/schemas/claim-view-filters';
import { joinStatement } from '@/lib/statement-parts';
import { createLargeArticle } from '@/prisma/large-article-factory';
import { actor } from '../../support/actors';

describe('article page payload', () => {
  it('sends a 1,000-claim article to the client components in a bounded size', async () => {
    const journalist = await actor('JOURNALIST');
    const { id } = await createLargeArticle(db, { createdById: journalist.id, claims: 1000 });
    const { article, claims, progress, speakers, canEdit } = await getArticleWorkspace(
      journalist,
      id,
    );
    const filters = parseClaimViewFilters({});
    // As app/newsroom/articles/[id]/page.tsx passes them, one entry per client component. Before
    // issue 14 the claims went three times (list, highlights, versions): 693,797 bytes in all.
    const props = {
      extractionStatus: { articleId: article.id, status: article.extraction, error: null },
      articleProgress: { counts: progress },
      claimWorkspace: { articleId: article.id, body: article.body, claims },
      selectableArticleBody: {},
      claimFilters: { articleId: article.id, filters, speakers },
      mergeBar: {},
      claimList: { filters, canEdit, extracting: false },
    };
    const bytes = Object.fromEntries(
      Object.entries(props).map(([name, value]) => [name, JSON.stringify(value).length]),
    );
    const total = JSON.stringify(props).length;
    console.log(JSON.stringify({ total, ...bytes }));
    expect(claims).toHaveLength(1000);
    // Nothing is lost: each claim's words and statement come back from what is sent.
    const saved = await db.claim.findMany({
      where: { articleId: id },
      orderBy: { start: 'asc' },
      select: { text: true, statement: true, checkworthiness: true },
    });
    expect(
      claims.map((claim) => {
        const text = article.body.slice(claim.start, claim.end);
        return {
          text,
          statement: joinStatement(claim.statement, text),
          checkworthiness: claim.checkworthiness.toFixed(2),
        };
      }),
    ).toEqual(
      saved.map((claim) => ({ ...claim, checkworthiness: claim.checkworthiness.toFixed(2) })),
    );
    expect(total).toBeLessThan(350_000);
  });
});
