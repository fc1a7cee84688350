import type { Metadata } from 'next';
import Link from 'next/link';
import { AddClaimPanel } from '@/components/articles/add-claim-panel';
import { ArticleProgress } from '@/components/articles/article-progress';
import { ClaimFilters } from '@/components/articles/claim-filters';
import { ClaimList } from '@/components/articles/claim-list';
import { ClaimWorkspace } from '@/components/articles/claim-workspace';
import { ExtractionStatus } from '@/components/articles/extraction-status';
import { MergeBar } from '@/components/articles/merge-bar';
import { SelectableArticleBody } from '@/components/articles/selectable-article-body';
import { requirePageUser } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { getArticleWorkspace } from '@/lib/data/article-workspace';
import { orNotFound } from '@/lib/or-not-found';
import { parseClaimViewFilters } from '@/lib/schemas/claim-view-filters';

export const metadata: Metadata = { title: 'Article' };

type SearchParams = Record<string, string | string[] | undefined>;

// On wide screens the text and the claims are two panes, each scrolling on its own, so the text
// stays in view while the list is worked (a transcript can run to a thousand claims).
const PANE = 'lg:h-[calc(100dvh-5rem)] lg:min-h-[32rem]';

export default async function NewsroomArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  const user = await requirePageUser('articles.view', `/newsroom/articles/${id}`);
  const { article, claims, progress, byline, speakers, canEdit } = await orNotFound(
    getArticleWorkspace(user, id),
  );
  const query = await searchParams;
  const filters = parseClaimViewFilters(query);

  return (
    <main>
      <p className="mb-2 text-sm">
        <Link href="/newsroom/articles" className="text-blue-800 hover:underline">
          ← Articles
        </Link>
      </p>
      {query.existing === '1' ? (
        <p role="status" className="mb-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
          This article was already imported (same address or same text), so nothing new was saved:
          this is the existing article.
        </p>
      ) : null}
      <header className="mb-3">
        <h1 className="text-2xl font-semibold break-words">{article.title}</h1>
        <p className="text-sm text-slate-700">
          {byline}
          {article.url ? (
            <>
              {' · '}
              <a
                href={article.url}
                rel="noopener noreferrer nofollow"
                className="text-blue-800 underline"
              >
                Original
              </a>
            </>
          ) : null}
        </p>
      </header>
      <ExtractionStatus
        articleId={article.id}
        status={article.extraction}
        error={article.extractionError}
        canRetry={can(user.role, 'articles.create')}
      />
      <ArticleProgress counts={progress} />
      {/* The claims go to the client once, here; the text, the list and the merge bar share them. */}
      <ClaimWorkspace articleId={article.id} body={article.body} claims={claims}>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <section
            aria-label="Article text"
            className={`max-h-[60vh] overflow-y-auto rounded border border-slate-200 p-3 lg:max-h-none ${PANE}`}
          >
            <SelectableArticleBody />
          </section>
          <div className={`flex min-h-0 flex-col gap-3 ${PANE}`}>
            {canEdit ? <AddClaimPanel /> : null}
            <ClaimFilters articleId={article.id} filters={filters} speakers={speakers} />
            {canEdit ? <MergeBar /> : null}
            <ClaimList
              filters={filters}
              canEdit={canEdit}
              extracting={article.extraction !== 'DONE'}
            />
          </div>
        </div>
      </ClaimWorkspace>
    </main>
  );
}
