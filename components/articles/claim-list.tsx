import Link from 'next/link';
import { StateBadge } from '@/components/claims/state-badge';
import type { NewsroomClaim } from '@/lib/data/articles';
import { ClaimControls } from './claim-controls';
import type { EditableClaim } from './editable-claim';

const editable = ({
  id,
  text,
  start,
  end,
  speaker,
  speakerRole,
  state,
  version,
}: NewsroomClaim): EditableClaim => ({
  id,
  text,
  start,
  end,
  speaker,
  speakerRole,
  state,
  version,
});

/** The article's claims, in text order, each linked to its claim page; editing controls only for those who may edit. */
export function ClaimList({
  claims,
  total,
  canEdit,
}: {
  claims: NewsroomClaim[];
  total: number;
  canEdit: boolean;
}) {
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading" className="mb-2 text-lg font-semibold">
        Claims{' '}
        <span className="text-sm font-normal text-slate-600">
          ({claims.length === total ? total : `${claims.length} of ${total}`})
        </span>
      </h2>
      {claims.length === 0 ? (
        <p className="text-sm text-slate-700">
          {total === 0 ? 'No claims found in this article.' : 'No claims match these filters.'}
        </p>
      ) : null}
      <ol className="flex flex-col gap-2">
        {claims.map((claim) => (
          <li key={claim.id} id={`claim-${claim.id}`}>
            <article
              aria-label={`Claim: ${claim.text}`}
              className="rounded border border-slate-300 p-2 text-sm"
            >
              <Link
                href={`/newsroom/claims/${claim.id}`}
                className="font-serif text-blue-900 hover:underline"
              >
                {claim.statement}
              </Link>
              <p className="mt-1 font-serif text-slate-600">In the article: “{claim.text}”</p>
              <p className="mt-1 text-slate-700">
                {claim.speaker ? (
                  <>
                    <span className="font-medium">{claim.speaker}</span>
                    {claim.speakerRole ? `, ${claim.speakerRole}` : ''}
                    {claim.cue ? ` (${claim.cue})` : ''}
                  </>
                ) : (
                  'Asserted by the article'
                )}
              </p>
              <p className="mt-1 flex flex-wrap gap-2 text-xs text-slate-700">
                <span>{claim.kind.toLowerCase()}</span>
                <span>
                  check-worthiness {claim.checkworthiness.toFixed(2)}
                  {claim.checkworthy ? '' : ' (not check-worthy)'}
                </span>
                <StateBadge state={claim.state} />
                {claim.assignee ? <span>assigned to {claim.assignee}</span> : null}
              </p>
              {canEdit ? <ClaimControls claim={editable(claim)} /> : null}
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}
