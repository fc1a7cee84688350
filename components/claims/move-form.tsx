'use client';

import { ActionForm, SubmitRow } from '@/components/forms/action-form';
import { SelectField, TextField } from '@/components/forms/fields';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';
import { transitionAction } from '@/lib/actions/claims';
import { DISMISS_REASON_LABELS, transitionSchema } from '@/lib/schemas/workflow';
import type { MoveOption } from '@/lib/workflow/move-options';
import { useClaimForm } from './use-claim-form';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One workflow move as a small form: the button, plus the reason or note the move requires. */
export function MoveForm({ claimId, option }: { claimId: string; option: MoveOption }) {
  const state = useClaimForm({
    schema: transitionSchema,
    action: (input) => transitionAction(claimId, input),
    values: { to: option.to, note: '', reason: option.needsReason ? undefined : null },
    success: `Done: ${option.action}.`,
    announce: true,
  });
  return (
    <ActionForm state={state} label={capitalise(option.action)} className="flex flex-col gap-2">
      {option.needsReason ? (
        <SelectField
          name="reason"
          label="Reason"
          choices={DISMISS_REASON_LABELS}
          empty={{ label: 'Choose a reason…', pick: true }}
          defaultValue=""
          options={{ setValueAs: (v: string) => v || undefined }}
        />
      ) : null}
      {option.needsNote ? <TextField name="note" label={option.noteLabel} rows={2} /> : null}
      <SubmitRow buttonClassName={option.primary ? buttonClass : secondaryButtonClass}>
        {capitalise(option.action)}
      </SubmitRow>
    </ActionForm>
  );
}
