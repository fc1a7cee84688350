import { notFound } from 'next/navigation';
import { RatingBadge } from '@/components/claims/rating-badge';
import { Pagination } from '@/components/public/pagination';
import { SpeakerRecord } from '@/components/public/speaker-record';
import { VerdictList } from '@/components/public/verdict-list';
import { getPublicSpeaker, getRatingScale } from '@/lib/data/public/cached';

/** One speaker's record and verdicts from `cursor` (the first page without one); a 404 for no such speaker. */
export async function SpeakerView({ slug, cursor }: { slug: string; cursor?: string }) {
  const [speaker, ratingScale] = await Promise.all([
    getPublicSpeaker(slug, cursor ?? null),
    getRatingScale(),
  ]);
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
