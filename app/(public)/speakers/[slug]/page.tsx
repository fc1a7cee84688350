import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RatingBadge } from '@/components/claims/rating-badge';
import { Pagination } from '@/components/public/pagination';
import { SpeakerRecord } from '@/components/public/speaker-record';
import { VerdictList } from '@/components/public/verdict-list';
import { getPublicSpeaker, getRatingScale } from '@/lib/data/public/cached';
import { lenientVerdictQuery } from '@/lib/schemas/verdict-query';

// Rendered per request (it pages by ?cursor=) from cached reads, expired by tag (lib/public-cache.ts).

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Metadata and page ask with the same arguments, so React's cache runs the queries once.
async function speakerFor({ params, searchParams }: Props) {
  const { cursor } = lenientVerdictQuery(await searchParams);
  return getPublicSpeaker((await params).slug, cursor ?? null);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const speaker = await speakerFor(props);
  if (!speaker) return { title: 'Not found', robots: { index: false } };
  const description = `${speaker.total} fact check${speaker.total === 1 ? '' : 's'} of claims by ${speaker.name}.`;
  return {
    title: speaker.name,
    description,
    openGraph: { title: speaker.name, description },
    twitter: { card: 'summary', title: speaker.name, description },
  };
}

export default async function SpeakerPage(props: Props) {
  const [speaker, ratingScale] = await Promise.all([speakerFor(props), getRatingScale()]);
  if (!speaker) notFound();
  return (
    <>
      <h1 className="text-2xl font-semibold">{speaker.name}</h1>
      {speaker.role ? <p className="mt-1 text-slate-700">{speaker.role}</p> : null}
      <section aria-labelledby="tally-heading" className="mt-4">
        <h2 id="tally-heading" className="text-lg font-semibold">
          Verdicts by rating
        </h2>
        <ul className="mt-2 flex flex-wrap gap-3 text-sm">
          {speaker.tally.map(({ rating, count }) => (
            <li key={rating} className="flex items-center gap-1">
              <RatingBadge rating={rating} scale={ratingScale} /> <span>× {count}</span>
            </li>
          ))}
        </ul>
        <SpeakerRecord speaker={speaker} ratingScale={ratingScale} />
      </section>
      <section aria-labelledby="speaker-verdicts-heading" className="mt-6">
        <h2 id="speaker-verdicts-heading" className="text-lg font-semibold">
          Latest verdicts ({speaker.total})
        </h2>
        <VerdictList verdicts={speaker.verdicts.items} ratingScale={ratingScale} headingLevel={3} />
        <Pagination
          next={speaker.verdicts.next}
          prev={speaker.verdicts.prev}
          basePath={`/speakers/${speaker.slug}`}
        />
      </section>
    </>
  );
}
