import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RatingBadge } from '@/components/claims/rating-badge';
import { CorrectionList } from '@/components/public/correction-list';
import { JsonLdScript } from '@/components/public/json-ld-script';
import { Paragraphs } from '@/components/public/paragraphs';
import { PublishedDate } from '@/components/public/published-date';
import { SourceList } from '@/components/public/source-list';
import { getPublishedClaim } from '@/lib/data/public/claims';
import { safeHttpUrl } from '@/lib/data/public/safe-url';
import { getPublicSettings, siteUrl } from '@/lib/data/public/settings';
import { speakerSlug } from '@/lib/slug';
import { buildClaimReview } from '@/lib/json-ld/claim-review';
import { RATINGS } from '@/lib/ratings';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [claim, settings] = await Promise.all([
    getPublishedClaim((await params).slug),
    getPublicSettings(),
  ]);
  if (!claim) return { title: 'Not found', robots: { index: false } };
  const title = `${RATINGS[claim.rating].label}: ${claim.speaker ? `${claim.speaker} on ` : ''}“${claim.claimText}”`;
  const url = siteUrl(settings, `/claims/${claim.slug}`);
  return {
    title,
    description: claim.summary,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      title,
      description: claim.summary,
      url,
      siteName: settings.name,
      publishedTime: claim.firstPublishedAt.toISOString(),
      modifiedTime: claim.publishedAt.toISOString(),
    },
    twitter: { card: 'summary', title, description: claim.summary },
  };
}

export default async function ClaimPage({ params }: Props) {
  const [claim, settings] = await Promise.all([
    getPublishedClaim((await params).slug),
    getPublicSettings(),
  ]);
  if (!claim) notFound();
  const articleUrl = safeHttpUrl(claim.article.url);
  const articlePage = siteUrl(settings, `/articles/${claim.article.slug}`);
  const claimReview = buildClaimReview({
    pageUrl: siteUrl(settings, `/claims/${claim.slug}`),
    claimText: claim.claimText,
    speaker: claim.speaker,
    speakerRole: claim.speakerRole,
    rating: claim.rating,
    summary: claim.summary,
    claimDate: claim.article.publishedAt,
    appearanceUrl: articleUrl ?? articlePage,
    appearanceTitle: claim.article.title,
    firstPublishedAt: claim.firstPublishedAt,
    modifiedAt: claim.publishedAt,
    newsroom: { name: settings.name, url: settings.url },
  });

  return (
    <article aria-labelledby="claim-heading">
      <JsonLdScript data={claimReview} />
      <p className="text-sm font-medium tracking-wide text-slate-700 uppercase">Fact check</p>
      <h1 id="claim-heading" className="mt-1 font-serif text-2xl leading-snug sm:text-3xl">
        “{claim.claimText}”
      </h1>
      <p className="mt-2 text-slate-800">
        {claim.speaker ? (
          <>
            <Link
              href={`/speakers/${speakerSlug(claim.speaker)}`}
              className="font-medium text-blue-800 underline"
            >
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
      {articleUrl ? (
        <p className="mt-1 text-sm">
          <a
            href={articleUrl}
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
          Our verdict: <RatingBadge rating={claim.rating} />
        </h2>
        <p className="mt-1 text-sm text-slate-700">{RATINGS[claim.rating].description}</p>
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
          Why we rated it {RATINGS[claim.rating].label.toLowerCase()}
        </h2>
        <Paragraphs text={claim.explanation} className="mt-2 text-slate-900" />
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
