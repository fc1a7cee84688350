import type { Metadata } from 'next';
import Link from 'next/link';
import { ImportArticleForm } from '@/components/articles/import-article-form';
import { requirePageUser } from '@/lib/auth/page-guard';

export const metadata: Metadata = { title: 'Import article' };

export default async function ImportArticlePage() {
  await requirePageUser('articles.create', '/newsroom/articles/new');
  return (
    <main>
      <p className="mb-2 text-sm">
        <Link href="/newsroom/articles" className="text-blue-800 hover:underline">
          ← Articles
        </Link>
      </p>
      <h1 className="mb-1 text-xl font-semibold">Import article</h1>
      <p className="mb-4 text-sm text-slate-700">
        Paste an article, or fetch it from its web address and review it. Claims are extracted when
        you save (for a long article, in the background: they appear on its page a moment later).
      </p>
      <ImportArticleForm />
    </main>
  );
}
