// Issue 14: every prop the article page passes to a client component is serialised into its RSC
// payload (and again, escaped, in its HTML). Measures them for a 1,000-claim transcript.
import { describe, expect, it } from 'vitest';
import { filterClaims } from '@/components/articles/claim-view-filters';
import { getArticleWorkspace } from '@/lib/data/article-workspace';
import { db } from '@/lib/db';
import { createLargeArticle } from '@/prisma/large-article-factory';
import { actor } from '../../support/actors';

describe('article page payload', () => {
  it('sends a 1,000-claim article to the client components in a bounded size', async () => {
    const journalist = await actor('JOURNALIST');
    const { id } = await createLargeArticle(db, { createdById: journalist.id, claims: 1000 });
    const { article, progress, speakers, highlights, versions, canEdit } =
      await getArticleWorkspace(journalist, id);
    const shown = filterClaims(article.claims, {});
    // As app/newsroom/articles/[id]/page.tsx passes them, one entry per client component.
    const props = {
      extractionStatus: { articleId: article.id, status: article.extraction, error: null },
      articleProgress: { counts: progress },
      claimWorkspace: { articleId: article.id, body: article.body },
      selectableArticleBody: { claims: highlights },
      claimFilters: { articleId: article.id, filters: {}, speakers },
      mergeBar: { versions },
      claimList: { claims: shown, total: article.claims.length, canEdit, extracting: false },
    };
    const bytes = Object.fromEntries(
      Object.entries(props).map(([name, value]) => [name, JSON.stringify(value).length]),
    );
    const total = JSON.stringify(props).length;
    console.log(JSON.stringify({ total, ...bytes }));
    expect(total).toBeGreaterThan(0);
  });
});
