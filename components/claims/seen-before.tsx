import Link from 'next/link';
import type { SeenBeforeEntry } from '@/lib/data/claim-matches';
import { formatDate } from '@/lib/format';
import type { RatingScale } from '@/lib/ratings';
import { FamilyVerdictForm } from './family-verdict-form';
import { MatchDecisionForm } from './match-decision-form';
import { RatingBadge } from './rating-badge';

const STATUS_LABELS: Record<SeenBeforeEntry['status'], string> = {
  SUGGESTED: 'Suggested',
  CONFIRMED: 'Confirmed: same claim',
  REJECTED: 'Rejected: not the same',
};

function describeFeatures({ features }: SeenBeforeEntry): string {
  const parts = [
    `wording ${Math.round(features.trigram * 100)}%`,
    `words ${Math.round(features.words * 100)}%`,
  ];
  if (features.numbers === 'same') parts.push('same numbers');
  if (features.numbers === 'one-sided') parts.push('numbers on one side only');
  if (features.speaker === 'same') parts.push('same speaker');
  if (features.speaker === 'different') parts.push('other speaker');
  return parts.join(' · ');
}

/** Earlier claims that say the same thing, with their verdicts: confirm or reject, then reuse a verdict. */
export function SeenBefore({
  claimId,
  entries,
  ratingScale,
  canDecide,
  canUseVerdict,
}: {
  claimId: string;
  entries: SeenBeforeEntry[];
  ratingScale: RatingScale;
  canDecide: boolean;
  canUseVerdict: boolean;
}) {
  return (
    <section
      id="seen-before"
      aria-labelledby="seen-before-heading"
      className="flex scroll-mt-4 flex-col gap-2"
    >
      <h2 id="seen-before-heading" className="font-semibold">
        Seen before ({entries.length})
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-700">No earlier claim says the same thing.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {entries.map((entry) => (
            <li
              key={entry.matchId}
              aria-label={`Earlier claim: ${entry.claim.text}`}
              className="flex flex-col gap-1 rounded border border-slate-300 p-3 text-sm"
            >
              <Link
                href={`/newsroom/claims/${entry.claim.id}`}
                className="font-serif text-blue-800 underline"
              >
                “{entry.claim.text}”
              </Link>
              <p className="text-slate-700">
                {entry.claim.speaker ?? 'Asserted by the article'} · {entry.claim.articleTitle}
                {entry.claim.outlet ? ` (${entry.claim.outlet})` : ''}
              </p>
              {entry.verdict ? (
                <p>
                  Published verdict{' '}
                  <RatingBadge rating={entry.verdict.rating} scale={ratingScale} /> on{' '}
                  {formatDate(entry.verdict.publishedAt)}: {entry.verdict.summary}{' '}
                  <Link
                    href={`/claims/${entry.verdict.publicSlug}`}
                    className="text-blue-800 underline"
                  >
                    public page
                  </Link>
                </p>
              ) : (
                <p className="text-slate-700">No published verdict.</p>
              )}
              <p className="text-slate-600">
                Score {entry.score.toFixed(2)} ({describeFeatures(entry)}) ·{' '}
                {STATUS_LABELS[entry.status]}
              </p>
              {entry.status === 'SUGGESTED' && canDecide ? (
                <MatchDecisionForm matchId={entry.matchId} label={entry.claim.text} />
              ) : null}
              {entry.status === 'CONFIRMED' && entry.verdict && canUseVerdict ? (
                <FamilyVerdictForm claimId={claimId} publicationId={entry.verdict.publicationId} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
