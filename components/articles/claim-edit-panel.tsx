'use client';

import { useEffect, useRef, useState } from 'react';
import { useAction } from '@/components/forms/use-action';
import { secondaryButtonClass } from '@/components/ui/field';
import { updateClaimAction } from '@/lib/actions/claims';
import { useClaimWorkspace } from './claim-workspace';
import { PanelButtons } from './panel-buttons';
import { canEditSpan, type EditableClaim } from './editable-claim';
import { SpeakerFields } from './speaker-fields';
import { nudgeEnd, nudgeStart } from './span-words';

/** Edits a claim's span (word by word, or from the text selection), speaker and role. */
export function ClaimEditPanel({ claim, onClose }: { claim: EditableClaim; onClose: () => void }) {
  const { body, selection } = useClaimWorkspace();
  const [span, setSpan] = useState({ start: claim.start, end: claim.end });
  const [attribution, setAttribution] = useState({
    speaker: claim.speaker ?? '',
    speakerRole: claim.speakerRole ?? '',
  });
  const action = useAction(updateClaimAction, {
    success: 'Claim saved.',
    announce: true,
    onSuccess: onClose,
  });
  const spanEditable = canEditSpan(claim);
  const panelRef = useRef<HTMLDivElement>(null);
  useEffect(() => panelRef.current?.querySelector('input')?.focus({ preventScroll: true }), []);

  const nudge = (edge: 'start' | 'end', direction: -1 | 1) =>
    setSpan((s) =>
      edge === 'start'
        ? { ...s, start: nudgeStart(body, s.start, s.end, direction) }
        : { ...s, end: nudgeEnd(body, s.start, s.end, direction) },
    );

  const save = () => action.execute(claim.id, { version: claim.version, ...span, ...attribution });

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
      ref={panelRef}
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
          The words of a dismissed claim cannot change; speaker and role can.
        </p>
      )}
      <SpeakerFields idPrefix={`edit-${claim.id}`} value={attribution} onChange={setAttribution} />
      <PanelButtons
        label="Save claim"
        pendingLabel="Saving…"
        onConfirm={save}
        onClose={onClose}
        action={action}
      />
    </div>
  );
}
