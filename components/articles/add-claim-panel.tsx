'use client';

import { useState } from 'react';
import { useAction } from '@/components/forms/use-action';
import { ActionFeedback } from '@/components/ui/action-feedback';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';
import { addClaimAction } from '@/lib/actions/claims';
import { useClaimWorkspace } from './claim-workspace';
import { NO_ATTRIBUTION, SpeakerFields } from './speaker-fields';

/** Adds a claim the extractor missed, from the text selected in the article. */
export function AddClaimPanel() {
  const { articleId, body, selection, setSelection } = useClaimWorkspace();
  const [attribution, setAttribution] = useState(NO_ATTRIBUTION);
  const { execute, pending, feedback } = useAction(addClaimAction, {
    success: 'Claim added.',
    onSuccess: () => {
      setSelection(null);
      setAttribution(NO_ATTRIBUTION);
    },
  });

  function add() {
    if (selection) execute(articleId, { ...selection, ...attribution });
  }

  return (
    <section aria-label="Add a claim" className="rounded border border-slate-300 p-3 text-sm">
      <h2 className="mb-1 font-semibold">Add a claim</h2>
      {selection ? (
        <p className="mb-2">
          Selected: <q className="font-serif">{body.slice(selection.start, selection.end)}</q>
        </p>
      ) : (
        <p className="mb-2 text-slate-700">
          Select a passage in the article text to add it as a claim.
        </p>
      )}
      <SpeakerFields idPrefix="add-claim" value={attribution} onChange={setAttribution} />
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          className={buttonClass}
          disabled={!selection || pending}
          onClick={add}
        >
          {pending ? 'Adding…' : 'Add claim from selection'}
        </button>
        {selection ? (
          <button type="button" className={secondaryButtonClass} onClick={() => setSelection(null)}>
            Clear selection
          </button>
        ) : null}
      </div>
      <ActionFeedback feedback={feedback} />
    </section>
  );
}
