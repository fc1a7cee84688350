'use client';

import { buttonClass, secondaryButtonClass } from '@/components/ui/field';
import { mergeClaimsAction } from '@/lib/actions/claims';
import { ActionMessage } from './action-message';
import { useClaimWorkspace } from './claim-workspace';
import { useClaimAction } from './use-claim-action';

/** Merges the claims picked in the list; versions come from the page as last rendered. */
export function MergeBar({ versions }: { versions: Record<string, number> }) {
  const { mergeIds, clearMerge } = useClaimWorkspace();
  const { run, pending, failure, clearFailure } = useClaimAction();
  const picked = mergeIds.filter((id) => id in versions);
  if (picked.length === 0 && !failure) return null;

  function merge() {
    const pickedVersions = Object.fromEntries(picked.map((id) => [id, versions[id]]));
    run(() => mergeClaimsAction({ claimIds: picked, versions: pickedVersions }), clearMerge);
  }

  return (
    <div className="mb-2 rounded border border-slate-300 bg-slate-50 p-2 text-sm">
      <div className="flex items-center gap-2">
        <span>{picked.length} selected</span>
        <button
          type="button"
          className={buttonClass}
          disabled={picked.length < 2 || pending}
          onClick={merge}
        >
          {pending ? 'Merging…' : 'Merge selected claims'}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={clearMerge}>
          Clear
        </button>
      </div>
      <ActionMessage failure={failure} onReload={clearFailure} />
    </div>
  );
}
