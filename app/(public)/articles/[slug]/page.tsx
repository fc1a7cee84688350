import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RatingBadge } from '@/components/claims/rating-badge';
import { ArticleText } from '@/components/public/article-text';
import { PublishedDate } from '@/components/public/published-date';
import { getPublicArticle, getRatingScale } from '@/lib/data/public/cached';
import { textInPassages } from '@/lib/public/article-excerpts';
import { safeHttpUrl } from '@/lib/data/public/safe-url';

// Cached whole (ISR) on first view and expired by tag on every verdict change (lib/public-cache.ts).
export const revalidate = 3600;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getPublicArticle((await params).slug);
  if (!article) return { title: 'Not found', robots: { index: false } };
  const description = `${article.claims.length} fact-checked claim${article.claims.length === 1 ? '' : 's'} in this article.`;
  return {
    title: article.title,
    description,
    openGraph: { type: 'article', title: article.title, description },
    twitter: { card: 'summary', title: article.title, description },
  };
}

export default async function ArticlePage({ params }: Props) {
  const slug = (await params).slug;
  const [article, ratingScale] = await Promise.all([getPublicArticle(slug), getRatingScale()]);
  if (!article) notFound();
  const originalUrl = safeHttpUrl(article.url);
  return (
    <article aria-labelledby="article-heading">
      <h1 id="article-heading" className="font-serif text-2xl leading-snug sm:text-3xl">
        {article.title}
      </h1>
      <p className="mt-2 text-sm text-slate-700">
        {[article.outlet, article.byline].filter(Boolean).join(' · ')}
        {article.publishedAt ? (
          <>
            {' '}
            · <PublishedDate date={article.publishedAt} />
          </>
        ) : null}
        {originalUrl ? (
          <>
            {' '}
            ·{' '}
            <a
              href={originalUrl}
              rel="noopener noreferrer nofollow"
              className="text-blue-800 underline"
            >
              Original article
            </a>
          </>
        ) : null}
      </p>
      <section
        aria-labelledby="checked-heading"
        className="mt-4 rounded border border-slate-300 p-3"
      >
        <h2 id="checked-heading" className="text-base font-semibold">
          Fact-checked claims
        </h2>
        <ul className="mt-2 space-y-1 text-sm">
          {article.claims.map((claim) => (
            <li key={claim.id} className="flex flex-wrap items-center gap-2">
              <RatingBadge rating={claim.rating} scale={ratingScale} name={claim.ratingName} />
              <Link href={`/claims/${claim.id}`} className="text-blue-800 underline">
                {textInPassages(article.passages, claim)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="text-heading" className="mt-6">
        <h2 id="text-heading" className={article.fullText ? 'sr-only' : 'text-lg font-semibold'}>
          {article.fullText ? 'Article text' : 'The claims in context'}
        </h2>
        {article.fullText ? null : (
          <p className="mt-1 text-sm text-slate-700">
            The paragraphs around each checked claim
            {originalUrl ? '; the whole article is at the original address above' : ''}.
          </p>
        )}
        {article.passages.map((passage, index) => (
          <div key={passage.start}>
            {index > 0 ? (
              <p aria-hidden="true" className="my-3 text-center text-slate-500">
                …
              </p>
            ) : null}
            <ArticleText body={passage.text} claims={article.claims} offset={passage.start} />
          </div>
        ))}
      </section>
    </article>
  );
}
