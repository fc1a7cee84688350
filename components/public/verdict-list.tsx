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
    <ol className="verdict-list divide-y divide-slate-200">
      {verdicts.map((verdict) => (
        <li key={verdict.slug}>
          <article>
            <Heading>
              <Link href={`/claims/${verdict.slug}`}>{verdict.statement}</Link>
            </Heading>
            <p className="verdict-meta">
              <RatingBadge rating={verdict.rating} scale={ratingScale} name={verdict.ratingName} />
              {verdict.speaker ? (
                <span>
                  <Link href={`/speakers/${speakerSlug(verdict.speaker)}`}>{verdict.speaker}</Link>
                  {verdict.speakerRole ? `, ${verdict.speakerRole}` : ''}
                </span>
              ) : null}
              <span aria-hidden="true">·</span>
              <PublishedDate date={verdict.publishedAt} />
            </p>
            <p className="verdict-summary">{verdict.summary}</p>
          </article>
        </li>
      ))}
    </ol>
  );
}
