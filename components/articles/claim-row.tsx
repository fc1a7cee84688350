'use client';

import Link from 'next/link';
import { memo } from 'react';
import { StateBadge } from '@/components/claims/state-badge';
import type { WorkspaceClaim } from '@/lib/data/article-workspace';
import { joinStatement } from '@/lib/statement-parts';
import { ClaimControls, type ClaimPanel } from './claim-controls';

/** One claim in the workspace list: its statement (linked to its page), words, speaker, facts and controls. */
export const ClaimRow = memo(function ClaimRow({
  claim,
  text,
  picked,
  focusable,
  canEdit,
  panel,
  setPanel,
}: {
  claim: WorkspaceClaim;
  /** Its words in the article: `body.slice(claim.start, claim.end)`. */
  text: string;
  picked: boolean;
  focusable: boolean;
  canEdit: boolean;
  panel: ClaimPanel | null;
  setPanel: (id: string, panel: ClaimPanel | null) => void;
}) {
  return (
    <article
      aria-label={`Claim: ${text}`}
      aria-current={picked ? 'true' : undefined}
      tabIndex={focusable ? 0 : -1}
      data-claim-id={claim.id}
      className={`rounded border p-2 text-sm ${picked ? 'border-blue-700 bg-blue-50 ring-1 ring-blue-700' : 'border-slate-300'}`}
    >
      <Link
        href={`/newsroom/claims/${claim.id}`}
        className="font-serif break-words text-blue-900 hover:underline"
      >
        {joinStatement(claim.statement, text)}
      </Link>
      <p className="mt-1 font-serif break-words text-slate-600">In the article: “{text}”</p>
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
        {claim.publicPath ? (
          <Link href={claim.publicPath} className="text-blue-800 underline">
            Public page
          </Link>
        ) : null}
      </p>
      {canEdit ? (
        <ClaimControls claim={claim} panel={panel} setPanel={(next) => setPanel(claim.id, next)} />
      ) : null}
    </article>
  );
});
