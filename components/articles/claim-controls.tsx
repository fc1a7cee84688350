'use client';

import { useState } from 'react';
import { useAction } from '@/components/forms/use-action';
import { ActionFeedback } from '@/components/ui/action-feedback';
import { secondaryButtonClass } from '@/components/ui/field';
import { transitionAction } from '@/lib/actions/claims';
import { ClaimEditPanel } from './claim-edit-panel';
import { ClaimSplitPanel } from './claim-split-panel';
import { useClaimWorkspace } from './claim-workspace';
import { canEditAttribution, canEditSpan, type EditableClaim } from './editable-claim';

/** The editing controls under one claim: pick for merge, edit, split, dismiss. */
export function ClaimControls({ claim }: { claim: EditableClaim }) {
  const { mergeIds, toggleMerge } = useClaimWorkspace();
  const [panel, setPanel] = useState<'edit' | 'split' | null>(null);
  const { execute, pending, feedback, clearFeedback } = useAction(transitionAction);
  const spanEditable = canEditSpan(claim);
  const close = () => setPanel(null);

  function dismiss() {
    execute(claim.id, { to: 'DISMISSED', version: claim.version, reason: 'NOT_CHECKABLE' });
  }

  return (
    <div className="mt-2">
      <div className="flex flex-wrap items-center gap-2">
        {spanEditable ? (
          <label className="flex items-center gap-1 text-xs">
            <input
              type="checkbox"
              checked={mergeIds.includes(claim.id)}
              onChange={() => toggleMerge(claim.id)}
            />
            Select for merge
          </label>
        ) : null}
        {canEditAttribution(claim) ? (
          <button
            type="button"
            className={secondaryButtonClass}
            aria-expanded={panel === 'edit'}
            onClick={() => setPanel(panel === 'edit' ? null : 'edit')}
          >
            Edit
          </button>
        ) : null}
        {spanEditable ? (
          <button
            type="button"
            className={secondaryButtonClass}
            aria-expanded={panel === 'split'}
            onClick={() => setPanel(panel === 'split' ? null : 'split')}
          >
            Split
          </button>
        ) : null}
        {claim.state === 'EXTRACTED' ? (
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={pending}
            onClick={dismiss}
          >
            Dismiss as not check-worthy
          </button>
        ) : null}
      </div>
      {panel === 'edit' ? <ClaimEditPanel claim={claim} onClose={close} /> : null}
      {panel === 'split' ? <ClaimSplitPanel claim={claim} onClose={close} /> : null}
      <ActionFeedback feedback={feedback} onReload={clearFeedback} />
    </div>
  );
}
