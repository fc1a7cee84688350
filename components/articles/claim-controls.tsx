'use client';

import { secondaryButtonClass } from '@/components/ui/field';
import { ClaimDismissPanel } from './claim-dismiss-panel';
import { ClaimEditPanel } from './claim-edit-panel';
import { ClaimSplitPanel } from './claim-split-panel';
import { useClaimWorkspace } from './claim-workspace';
import { canEditAttribution, canEditSpan, type EditableClaim } from './editable-claim';

export type ClaimPanel = 'edit' | 'split' | 'dismiss';

export const canDismiss = (claim: EditableClaim) => claim.state === 'EXTRACTED';

/**
 * The editing controls under one claim: pick for merge, edit, split, dismiss. The list owns which
 * panel is open, so a keyboard shortcut can open it and it survives the row scrolling away.
 */
export function ClaimControls({
  claim,
  panel,
  setPanel,
}: {
  claim: EditableClaim;
  panel: ClaimPanel | null;
  setPanel: (panel: ClaimPanel | null) => void;
}) {
  const { mergeIds, toggleMerge } = useClaimWorkspace();
  const spanEditable = canEditSpan(claim);
  const close = () => setPanel(null);
  const toggle = (which: ClaimPanel) => setPanel(panel === which ? null : which);

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
            onClick={() => toggle('edit')}
          >
            Edit
          </button>
        ) : null}
        {spanEditable ? (
          <button
            type="button"
            className={secondaryButtonClass}
            aria-expanded={panel === 'split'}
            onClick={() => toggle('split')}
          >
            Split
          </button>
        ) : null}
        {canDismiss(claim) ? (
          <button
            type="button"
            className={secondaryButtonClass}
            aria-expanded={panel === 'dismiss'}
            onClick={() => toggle('dismiss')}
          >
            Dismiss…
          </button>
        ) : null}
      </div>
      {panel === 'edit' ? <ClaimEditPanel claim={claim} onClose={close} /> : null}
      {panel === 'split' ? <ClaimSplitPanel claim={claim} onClose={close} /> : null}
      {panel === 'dismiss' ? <ClaimDismissPanel claim={claim} onClose={close} /> : null}
    </div>
  );
}
