import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/field';
import { requirePageUser } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { listArticles } from '@/lib/data/articles';
import { formatDate } from '@/lib/format';

export const metadata: Metadata = { title: 'Articles' };

export default async function ArticlesPage() {
  const user = await requirePageUser('articles.view', '/newsroom/articles');
  const articles = await listArticles(user);
  return (
    <main>
      <header className="mb-3 flex items-center justify-between gap-3">
        <h1 className="text-xl font-semibold">Articles</h1>
        {can(user.role, 'articles.create') ? (
          <Link href="/newsroom/articles/new" className={buttonClass}>
            Import article
          </Link>
        ) : null}
      </header>
      {articles.length === 0 ? (
        <p className="text-slate-700">No articles yet.</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1.5 pr-3">
                Title
              </th>
              <th scope="col" className="py-1.5 pr-3">
                Outlet
              </th>
              <th scope="col" className="py-1.5 pr-3">
                Published
              </th>
              <th scope="col" className="py-1.5 pr-3">
                Claims
              </th>
              <th scope="col" className="py-1.5 pr-3">
                Added by
              </th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id} className="border-b border-slate-200">
                <td className="py-1.5 pr-3">
                  <Link
                    href={`/newsroom/articles/${article.id}`}
                    className="text-blue-800 hover:underline"
                  >
                    {article.title}
                  </Link>
                </td>
                <td className="py-1.5 pr-3">{article.outlet ?? '—'}</td>
                <td className="py-1.5 pr-3">{formatDate(article.publishedAt)}</td>
                <td className="py-1.5 pr-3">{article.claimCount}</td>
                <td className="py-1.5 pr-3">{article.addedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
