'use client';

import { useState } from 'react';
import { useAction } from '@/components/forms/use-action';
import { ActionFeedback } from '@/components/ui/action-feedback';
import { Field, buttonClass, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { updateClaimAction } from '@/lib/actions/claims';
import { useClaimWorkspace } from './claim-workspace';
import { canEditSpan, type EditableClaim } from './editable-claim';
import { nudgeEnd, nudgeStart } from './span-words';

/** Edits a claim's span (word by word, or from the text selection), speaker and role. */
export function ClaimEditPanel({ claim, onClose }: { claim: EditableClaim; onClose: () => void }) {
  const { body, selection } = useClaimWorkspace();
  const [span, setSpan] = useState({ start: claim.start, end: claim.end });
  const [speaker, setSpeaker] = useState(claim.speaker ?? '');
  const [speakerRole, setSpeakerRole] = useState(claim.speakerRole ?? '');
  const { execute, pending, feedback, clearFeedback } = useAction(updateClaimAction, {
    onSuccess: onClose,
  });
  const spanEditable = canEditSpan(claim);
  const idPrefix = `edit-${claim.id}`;

  const nudge = (edge: 'start' | 'end', direction: -1 | 1) =>
    setSpan((s) =>
      edge === 'start'
        ? { ...s, start: nudgeStart(body, s.start, s.end, direction) }
        : { ...s, end: nudgeEnd(body, s.start, s.end, direction) },
    );

  const save = () => execute(claim.id, { version: claim.version, ...span, speaker, speakerRole });

  const nudgeButton = (label: string, edge: 'start' | 'end', direction: -1 | 1) => (
    <button
      type="button"
      className={secondaryButtonClass}
      disabled={!spanEditable}
      onClick={() => nudge(edge, direction)}
    >
      {label}
    </button>
  );

  return (
    <div
      role="group"
      aria-label="Edit claim"
      className="mt-2 flex flex-col gap-2 rounded border border-slate-300 bg-slate-50 p-2"
    >
      <p>
        Text: <q className="font-serif">{body.slice(span.start, span.end)}</q>
      </p>
      {spanEditable ? (
        <div className="flex flex-wrap gap-1">
          {nudgeButton('Start one word earlier', 'start', -1)}
          {nudgeButton('Start one word later', 'start', 1)}
          {nudgeButton('End one word earlier', 'end', -1)}
          {nudgeButton('End one word later', 'end', 1)}
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={!selection}
            onClick={() => selection && setSpan(selection)}
          >
            Use selected text
          </button>
        </div>
      ) : (
        <p className="text-xs text-slate-700">
          The words of a claim in review or later cannot change; speaker and role can.
        </p>
      )}
      <div className="grid grid-cols-2 gap-2">
        <Field id={`${idPrefix}-speaker`} label="Speaker">
          <input
            id={`${idPrefix}-speaker`}
            className={inputClass}
            value={speaker}
            onChange={(e) => setSpeaker(e.target.value)}
          />
        </Field>
        <Field id={`${idPrefix}-role`} label="Speaker role">
          <input
            id={`${idPrefix}-role`}
            className={inputClass}
            value={speakerRole}
            onChange={(e) => setSpeakerRole(e.target.value)}
          />
        </Field>
      </div>
      <div className="flex gap-2">
        <button type="button" className={buttonClass} disabled={pending} onClick={save}>
          {pending ? 'Saving…' : 'Save claim'}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onClose}>
          Cancel
        </button>
      </div>
      <ActionFeedback
        feedback={feedback}
        onReload={() => {
          clearFeedback();
          onClose();
        }}
      />
    </div>
  );
}
