import type { Metadata } from 'next';
import Link from 'next/link';
import { RefreshWhilePending } from '@/components/articles/refresh-while-pending';
import { Pagination } from '@/components/newsroom/pagination';
import { buttonClasses } from '@/components/ui/button';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
import { requirePageUser } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { listArticles } from '@/lib/data/articles';
import { formatDate } from '@/lib/format';

export const metadata: Metadata = { title: 'Articles' };

export default async function ArticlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser('articles.view', '/newsroom/articles');
  const { cursor } = await searchParams;
  const { articles, next, previous } = await listArticles(
    user,
    typeof cursor === 'string' ? cursor : undefined,
  );
  return (
    <main>
      <header className="mb-3 flex items-center justify-between gap-3">
        <h1 id="articles-heading" className="text-xl font-semibold">
          Articles
        </h1>
        {can(user.role, 'articles.create') ? (
          <Link href="/newsroom/articles/new" className={buttonClasses()}>
            Import article
          </Link>
        ) : null}
      </header>
      {articles.length === 0 ? (
        <p className="text-slate-700">No articles yet.</p>
      ) : (
        <Table aria-labelledby="articles-heading">
          <TableHeader>
            <tr>
              <TableHead>Title</TableHead>
              <TableHead>Outlet</TableHead>
              <TableHead>Published</TableHead>
              <TableHead numeric>Claims</TableHead>
              <TableHead>Added by</TableHead>
            </tr>
          </TableHeader>
          <TableBody>
            {articles.map((article) => (
              <TableRow key={article.id}>
                <TableHead scope="row">
                  <Link
                    href={`/newsroom/articles/${article.id}`}
                    className="text-blue-800 hover:underline"
                  >
                    {article.title}
                  </Link>
                </TableHead>
                <TableCell>{article.outlet ?? '—'}</TableCell>
                <TableCell className="whitespace-nowrap">
                  {formatDate(article.publishedAt)}
                </TableCell>
                <TableCell numeric>
                  {article.extraction === 'PENDING'
                    ? 'Extracting…'
                    : article.extraction === 'FAILED'
                      ? 'Extraction failed'
                      : article.claimCount}
                </TableCell>
                <TableCell>{article.addedBy}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {articles.some((article) => article.extraction === 'PENDING') ? (
        <RefreshWhilePending everyMs={5000} />
      ) : null}
      <div className="mt-3">
        <Pagination
          path="/newsroom/articles"
          params={{}}
          previous={previous}
          next={next}
          label="Article pages"
        />
      </div>
    </main>
  );
}
