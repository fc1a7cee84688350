'use client';

import { useMemo } from 'react';
import { useAction } from '@/components/forms/use-action';
import { ActionFeedback } from '@/components/ui/action-feedback';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';
import { mergeClaimsAction } from '@/lib/actions/claims';
import { useClaimWorkspace } from './claim-workspace';

/** Merges the claims picked in the list; versions come from the page as last rendered. */
export function MergeBar() {
  const { claims, mergeIds, clearMerge } = useClaimWorkspace();
  const versions = useMemo(
    (): Record<string, number> =>
      Object.fromEntries(claims.map((claim) => [claim.id, claim.version])),
    [claims],
  );
  const { execute, pending, feedback, clearFeedback } = useAction(mergeClaimsAction, {
    success: (_data, input) => `Merged ${input.claimIds.length} claims into one.`,
    announce: true,
    onSuccess: clearMerge,
  });
  const picked = mergeIds.filter((id) => id in versions);
  if (picked.length === 0 && !feedback) return null;

  function merge() {
    const pickedVersions = Object.fromEntries(picked.map((id) => [id, versions[id]]));
    execute({ claimIds: picked, versions: pickedVersions });
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
      <ActionFeedback feedback={feedback} onReload={clearFeedback} />
    </div>
  );
}
