import Link from 'next/link';
import { RatingBadge } from '@/components/claims/rating-badge';
import { speakerSlug } from '@/lib/slug';
import type { PublicVerdictSummary } from '@/lib/data/public/verdicts';
import type { RatingScale } from '@/lib/ratings';
import { PublishedDate } from './published-date';

export function VerdictList({
  verdicts,
  ratingScale,
  headingLevel = 2,
}: {
  verdicts: PublicVerdictSummary[];
  ratingScale: RatingScale;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol className="divide-y divide-slate-200">
      {verdicts.map((verdict) => (
        <li key={verdict.slug} className="py-4">
          <article>
            <Heading className="font-serif text-lg leading-snug">
              <Link
                href={`/claims/${verdict.slug}`}
                className="text-slate-900 underline decoration-slate-400 hover:decoration-slate-900"
              >
                {verdict.statement}
              </Link>
            </Heading>
            <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
              <RatingBadge rating={verdict.rating} scale={ratingScale} name={verdict.ratingName} />
              {verdict.speaker ? (
                <span>
                  <Link
                    href={`/speakers/${speakerSlug(verdict.speaker)}`}
                    className="text-blue-800 underline"
                  >
                    {verdict.speaker}
                  </Link>
                  {verdict.speakerRole ? `, ${verdict.speakerRole}` : ''}
                </span>
              ) : null}
              <span aria-hidden="true">·</span>
              <PublishedDate date={verdict.publishedAt} />
            </p>
            <p className="mt-1 text-slate-800">{verdict.summary}</p>
          </article>
        </li>
      ))}
    </ol>
  );
}
