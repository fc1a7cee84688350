import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AddClaimPanel } from '@/components/articles/add-claim-panel';
import { ArticleProgress } from '@/components/articles/article-progress';
import { ClaimFilters } from '@/components/articles/claim-filters';
import { ClaimList } from '@/components/articles/claim-list';
import { filterClaims } from '@/components/articles/claim-view-filters';
import { ClaimWorkspace } from '@/components/articles/claim-workspace';
import { MergeBar } from '@/components/articles/merge-bar';
import { SelectableArticleBody } from '@/components/articles/selectable-article-body';
import { requirePageUser } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { getNewsroomArticle } from '@/lib/data/articles';
import { parseClaimViewFilters } from '@/lib/schemas/claim-view-filters';
import { articleProgress } from '@/lib/data/claims';
import { isDomainError } from '@/lib/errors';
import { formatDate } from '@/lib/format';

export const metadata: Metadata = { title: 'Article' };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function NewsroomArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  const user = await requirePageUser('articles.view', `/newsroom/articles/${id}`);
  const article = await getNewsroomArticle(user, id).catch((error) => {
    if (isDomainError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  // One after the other: the embedded test database (PGlite socket) can mix up concurrent queries' parameters.
  const progress = await articleProgress(user, id);
  const filters = parseClaimViewFilters(await searchParams);
  const shown = filterClaims(article.claims, filters);
  const speakers = [
    ...new Set(article.claims.map((c) => c.speaker).filter((s): s is string => !!s)),
  ].sort();
  const canEdit = can(user.role, 'claims.edit');
  const highlights = article.claims.map(({ id, start, end, state, speaker }) => ({
    id,
    start,
    end,
    state,
    speaker,
  }));
  const versions = Object.fromEntries(article.claims.map((c) => [c.id, c.version]));

  return (
    <main>
      <p className="mb-2 text-sm">
        <Link href="/newsroom/articles" className="text-blue-800 hover:underline">
          ← Articles
        </Link>
      </p>
      <header className="mb-3">
        <h1 className="text-2xl font-semibold">{article.title}</h1>
        <p className="text-sm text-slate-700">
          {[
            article.outlet,
            article.byline,
            article.publishedAt ? formatDate(article.publishedAt) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
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
      <ArticleProgress counts={progress} />
      <ClaimWorkspace articleId={article.id} body={article.body}>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <section aria-label="Article text">
            <SelectableArticleBody claims={highlights} />
          </section>
          <div className="flex flex-col gap-3">
            {canEdit ? <AddClaimPanel /> : null}
            <ClaimFilters articleId={article.id} filters={filters} speakers={speakers} />
            {canEdit ? <MergeBar versions={versions} /> : null}
            <ClaimList claims={shown} total={article.claims.length} canEdit={canEdit} />
          </div>
        </div>
      </ClaimWorkspace>
    </main>
  );
}
