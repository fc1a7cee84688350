import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RatingBadge } from '@/components/claims/rating-badge';
import { CorrectionList } from '@/components/public/correction-list';
import { JsonLdScript } from '@/components/public/json-ld-script';
import { SafeMarkdown } from '@/components/markdown/safe-markdown';
import { PublishedDate } from '@/components/public/published-date';
import { SourceList } from '@/components/public/source-list';
import { getPublicClaimPage } from '@/lib/data/public/cached';

// Cached whole (ISR) on first view and expired by tag on every verdict change (lib/public-cache.ts).
export const revalidate = 3600;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getPublicClaimPage((await params).slug);
  if (!page) return { title: 'Not found', robots: { index: false } };
  const { claim, meta } = page;
  return {
    title: meta.title,
    description: claim.summary,
    alternates: { canonical: meta.url },
    openGraph: {
      type: 'article',
      title: meta.title,
      description: claim.summary,
      url: meta.url,
      siteName: meta.siteName,
      publishedTime: claim.firstPublishedAt.toISOString(),
      modifiedTime: claim.publishedAt.toISOString(),
    },
    twitter: { card: 'summary', title: meta.title, description: claim.summary },
  };
}

export default async function ClaimPage({ params }: Props) {
  const page = await getPublicClaimPage((await params).slug);
  if (!page) notFound();
  const { claim, scale, rating, speakerPath, originalUrl, claimReview } = page;

  return (
    <article aria-labelledby="claim-heading">
      <JsonLdScript data={claimReview} />
      <p className="text-sm font-medium tracking-wide text-slate-700 uppercase">Fact check</p>
      <h1 id="claim-heading" className="mt-1 font-serif text-2xl leading-snug sm:text-3xl">
        {claim.statement}
      </h1>
      <p className="mt-2 text-slate-800">
        {claim.speaker && speakerPath ? (
          <>
            <Link href={speakerPath} className="font-medium text-blue-800 underline">
              {claim.speaker}
            </Link>
            {claim.speakerRole ? `, ${claim.speakerRole}` : ''}
          </>
        ) : (
          'Unattributed'
        )}{' '}
        in{' '}
        <Link href={`/articles/${claim.article.slug}`} className="text-blue-800 underline">
          {claim.article.title}
        </Link>
        {claim.article.outlet
          ? ` (${claim.article.outlet}${claim.article.publishedAt ? ', ' : ''}`
          : claim.article.publishedAt
            ? ' ('
            : ''}
        {claim.article.publishedAt ? <PublishedDate date={claim.article.publishedAt} /> : null}
        {claim.article.outlet || claim.article.publishedAt ? ')' : ''}
      </p>
      {originalUrl ? (
        <p className="mt-1 text-sm">
          <a
            href={originalUrl}
            rel="noopener noreferrer nofollow"
            className="text-blue-800 underline"
          >
            Read the original article
          </a>
        </p>
      ) : null}

      <section
        aria-labelledby="verdict-heading"
        className="mt-6 rounded border border-slate-300 p-4"
      >
        <h2
          id="verdict-heading"
          className="flex flex-wrap items-center gap-2 text-lg font-semibold"
        >
          Our verdict: <RatingBadge rating={claim.rating} scale={scale} name={rating.label} />
        </h2>
        <p className="mt-1 text-sm text-slate-700">{rating.description}</p>
        <p className="mt-3 text-lg text-slate-900">{claim.summary}</p>
      </section>

      <section aria-labelledby="context-heading" className="mt-6">
        <h2 id="context-heading" className="text-lg font-semibold">
          The claim in context
        </h2>
        <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 font-serif text-slate-800">
          {claim.sentence.before}
          <mark className="bg-amber-100 text-inherit">{claim.sentence.claim}</mark>
          {claim.sentence.after}
        </blockquote>
      </section>

      <section aria-labelledby="explanation-heading" className="mt-6">
        <h2 id="explanation-heading" className="text-lg font-semibold">
          Why we rated it {rating.label.toLowerCase()}
        </h2>
        <SafeMarkdown text={claim.explanation} className="mt-2 text-slate-900" />
      </section>

      <section aria-labelledby="sources-heading" className="mt-6">
        <h2 id="sources-heading" className="text-lg font-semibold">
          Sources
        </h2>
        <div className="mt-2">
          <SourceList sources={claim.sources} />
        </div>
      </section>

      <section aria-labelledby="credits-heading" className="mt-6">
        <h2 id="credits-heading" className="text-lg font-semibold">
          Who checked it
        </h2>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">Checked by</dt>
          <dd>{claim.checkedBy}</dd>
          <dt className="font-medium">Approved by</dt>
          <dd>{claim.approvedBy.length ? claim.approvedBy.join(', ') : '—'}</dd>
          {claim.correctedBy.length ? (
            <>
              <dt className="font-medium">Corrected by</dt>
              <dd>{claim.correctedBy.join(', ')}</dd>
            </>
          ) : null}
          <dt className="font-medium">Published</dt>
          <dd>
            <PublishedDate date={claim.firstPublishedAt} />
          </dd>
          {claim.corrections.length ? (
            <>
              <dt className="font-medium">Last updated</dt>
              <dd>
                <PublishedDate date={claim.publishedAt} />
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      {claim.appearances.length > 1 ? (
        <section aria-labelledby="appearances-heading" className="mt-6">
          <h2 id="appearances-heading" className="text-lg font-semibold">
            Where this claim appeared ({claim.appearances.length})
          </h2>
          <ul className="mt-2 flex flex-col gap-2 text-sm">
            {claim.appearances.map((appearance) => (
              <li key={appearance.claimSlug}>
                <span className="font-serif">“{appearance.claimText}”</span>
                {appearance.speaker ? ` (${appearance.speaker})` : ''} in{' '}
                <Link
                  href={`/articles/${appearance.article.slug}`}
                  className="text-blue-800 underline"
                >
                  {appearance.article.title}
                </Link>
                {appearance.article.outlet ? `, ${appearance.article.outlet}` : ''}
                {appearance.article.publishedAt ? (
                  <>
                    {', '}
                    <PublishedDate date={appearance.article.publishedAt} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {claim.corrections.length ? (
        <section aria-labelledby="corrections-heading" className="mt-6">
          <h2 id="corrections-heading" className="text-lg font-semibold">
            Corrections
          </h2>
          <div className="mt-2">
            <CorrectionList corrections={claim.corrections} />
          </div>
        </section>
      ) : null}
    </article>
  );
}
