'use client';

import { useEffect, useRef } from 'react';
import { ActionForm, FormFeedback, SubmitButton } from '@/components/forms/action-form';
import { SelectField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { secondaryButtonClass } from '@/components/ui/field';
import { transitionAction } from '@/lib/actions/claims';
import { DISMISS_REASON_LABELS, dismissSchema, type DismissInput } from '@/lib/schemas/workflow';
import { useClaimWorkspace } from './claim-workspace';
import type { EditableClaim } from './editable-claim';

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Dismisses a claim with the reason the journalist picks (the export learns from it). */
export function ClaimDismissPanel({
  claim,
  onClose,
}: {
  claim: EditableClaim;
  onClose: () => void;
}) {
  const { body } = useClaimWorkspace();
  const text = body.slice(claim.start, claim.end);
  const state = useActionForm<DismissInput, { version: number }>({
    schema: dismissSchema,
    action: (input) => transitionAction(claim.id, input),
    values: { to: 'DISMISSED', version: claim.version, note: '', reason: '' as never },
    success: (_data, input) =>
      `Dismissed “${excerpt(text)}” (${DISMISS_REASON_LABELS[input.reason].toLowerCase()}).`,
    announce: true,
    onSuccess: onClose,
  });
  const formRef = useRef<HTMLDivElement>(null);
  useEffect(() => formRef.current?.querySelector('select')?.focus(), []);

  return (
    <div ref={formRef} className="mt-2 rounded border border-slate-300 bg-slate-50 p-2">
      <ActionForm state={state} label="Dismiss claim" className="flex flex-col gap-2">
        <SelectField
          name="reason"
          label="Reason for dismissing"
          choices={DISMISS_REASON_LABELS}
          empty={{ label: 'Choose a reason…', pick: true }}
        />
        <div className="flex flex-wrap items-center gap-2">
          <SubmitButton pendingLabel="Dismissing…">Dismiss claim</SubmitButton>
          <button type="button" className={secondaryButtonClass} onClick={onClose}>
            Cancel
          </button>
          <FormFeedback />
        </div>
      </ActionForm>
    </div>
  );
}
