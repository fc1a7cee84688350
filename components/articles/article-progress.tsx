import type { ClaimState } from '@/lib/generated/prisma/enums';
import { CLAIM_STATES, FINISHED_STATES, STATE_LABELS } from '@/lib/workflow/states';

const BAR_COLOURS: Record<ClaimState, string> = {
  EXTRACTED: 'bg-slate-300',
  SOURCING: 'bg-sky-300',
  VERIFYING: 'bg-sky-500',
  IN_REVIEW: 'bg-violet-500',
  APPROVED: 'bg-emerald-400',
  PUBLISHED: 'bg-emerald-700',
  DISMISSED: 'bg-slate-500',
};

const FINISHED_WORDS = new Intl.ListFormat('en', { type: 'disjunction' }).format(
  FINISHED_STATES.map((state) => STATE_LABELS[state].toLowerCase()),
);

/** How far the article's claims have got: a count per state and one stacked bar. */
export function ArticleProgress({ counts }: { counts: Record<ClaimState, number> }) {
  const total = CLAIM_STATES.reduce((sum, state) => sum + counts[state], 0);
  const done = FINISHED_STATES.reduce((sum, state) => sum + counts[state], 0);
  return (
    <section aria-label="Progress" className="mb-4 text-sm">
      <p className="mb-1">
        {total === 0 ? 'No claims yet.' : `${done} of ${total} claims done (${FINISHED_WORDS}).`}
      </p>
      {total > 0 ? (
        <div
          className="mb-1 flex h-2 w-full overflow-hidden rounded bg-slate-100"
          aria-hidden="true"
        >
          {CLAIM_STATES.filter((state) => counts[state] > 0).map((state) => (
            <div
              key={state}
              className={BAR_COLOURS[state]}
              style={{ width: `${(counts[state] / total) * 100}%` }}
            />
          ))}
        </div>
      ) : null}
      <ul className="flex flex-wrap gap-x-3 text-slate-700">
        {CLAIM_STATES.map((state) => (
          <li key={state}>
            {STATE_LABELS[state]}:{' '}
            <span className="font-medium text-slate-900">{counts[state]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
