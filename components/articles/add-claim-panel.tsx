'use client';

import { useState } from 'react';
import { useAction } from '@/components/forms/use-action';
import { ActionFeedback } from '@/components/ui/action-feedback';
import { Field, buttonClass, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { addClaimAction } from '@/lib/actions/claims';
import { useClaimWorkspace } from './claim-workspace';

/** Adds a claim the extractor missed, from the text selected in the article. */
export function AddClaimPanel() {
  const { articleId, body, selection, setSelection } = useClaimWorkspace();
  const [speaker, setSpeaker] = useState('');
  const [speakerRole, setSpeakerRole] = useState('');
  const { execute, pending, feedback } = useAction(addClaimAction, {
    onSuccess: () => {
      setSelection(null);
      setSpeaker('');
      setSpeakerRole('');
    },
  });

  function add() {
    if (selection) execute(articleId, { ...selection, speaker, speakerRole });
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
      <div className="grid grid-cols-2 gap-2">
        <Field id="add-claim-speaker" label="Speaker">
          <input
            id="add-claim-speaker"
            className={inputClass}
            value={speaker}
            onChange={(e) => setSpeaker(e.target.value)}
          />
        </Field>
        <Field id="add-claim-role" label="Speaker role">
          <input
            id="add-claim-role"
            className={inputClass}
            value={speakerRole}
            onChange={(e) => setSpeakerRole(e.target.value)}
          />
        </Field>
      </div>
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
