import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RatingBadge } from '@/components/claims/rating-badge';
import { SpeakerRecord } from '@/components/public/speaker-record';
import { VerdictList } from '@/components/public/verdict-list';
import { getPublicSpeaker } from '@/lib/data/public/cached';

// Cached whole (ISR) on first view and expired by tag on every verdict change (lib/public-cache.ts).
export const revalidate = 3600;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const speaker = await getPublicSpeaker((await params).slug);
  if (!speaker) return { title: 'Not found', robots: { index: false } };
  const description = `${speaker.verdicts.length} fact check${speaker.verdicts.length === 1 ? '' : 's'} of claims by ${speaker.name}.`;
  return {
    title: speaker.name,
    description,
    openGraph: { title: speaker.name, description },
    twitter: { card: 'summary', title: speaker.name, description },
  };
}

export default async function SpeakerPage({ params }: Props) {
  const speaker = await getPublicSpeaker((await params).slug);
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
              <RatingBadge rating={rating} /> <span>× {count}</span>
            </li>
          ))}
        </ul>
        <SpeakerRecord speaker={speaker} />
      </section>
      <section aria-labelledby="speaker-verdicts-heading" className="mt-6">
        <h2 id="speaker-verdicts-heading" className="text-lg font-semibold">
          Latest verdicts ({speaker.verdicts.length})
        </h2>
        <VerdictList verdicts={speaker.verdicts} headingLevel={3} />
      </section>
    </>
  );
}
