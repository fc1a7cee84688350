'use client';

import { useMemo, useState } from 'react';
import { useAction } from '@/components/forms/use-action';
import { Field, inputClass } from '@/components/ui/field';
import { splitClaimAction } from '@/lib/actions/claims';
import { useClaimWorkspace } from './claim-workspace';
import { PanelButtons } from './panel-buttons';
import type { EditableClaim } from './editable-claim';
import { wordStartsWithin } from './span-words';

/** Splits a claim in two before a chosen word. */
export function ClaimSplitPanel({ claim, onClose }: { claim: EditableClaim; onClose: () => void }) {
  const { body } = useClaimWorkspace();
  const points = useMemo(
    () => wordStartsWithin(body, claim.start, claim.end),
    [body, claim.start, claim.end],
  );
  const [at, setAt] = useState(points[Math.floor(points.length / 2)] ?? 0);
  const action = useAction(splitClaimAction, {
    success: 'Claim split in two.',
    announce: true,
    onSuccess: onClose,
  });
  const selectId = `split-${claim.id}`;

  if (points.length === 0) {
    return <p className="mt-2 text-slate-700">This claim is a single word and cannot be split.</p>;
  }
  return (
    <div
      role="group"
      aria-label="Split claim"
      className="mt-2 flex flex-col gap-2 rounded border border-slate-300 bg-slate-50 p-2"
    >
      <Field id={selectId} label="Split before word">
        <select
          id={selectId}
          className={inputClass}
          value={at}
          onChange={(e) => setAt(Number(e.target.value))}
        >
          {points.map((point, index) => (
            <option key={point} value={point}>
              {`${index + 2}. ${body.slice(point, claim.end).match(/^\S+/)?.[0] ?? ''}`}
            </option>
          ))}
        </select>
      </Field>
      <p className="text-xs">
        <q className="font-serif">{body.slice(claim.start, at)}</q> |{' '}
        <q className="font-serif">{body.slice(at, claim.end)}</q>
      </p>
      <PanelButtons
        label="Split claim"
        pendingLabel="Splitting…"
        onConfirm={() => action.execute(claim.id, { version: claim.version, at })}
        onClose={onClose}
        action={action}
      />
    </div>
  );
}
