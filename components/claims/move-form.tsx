'use client';

import { ActionForm, FormFeedback, SubmitButton } from '@/components/forms/action-form';
import { Field, buttonClass, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { transitionAction } from '@/lib/actions/claims';
import { DISMISS_REASON_LABELS, DISMISS_REASONS, transitionSchema } from '@/lib/schemas/workflow';
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
  });
  const { register, formState } = state.form;
  const id = `${option.to.toLowerCase()}-${claimId}`;
  return (
    <ActionForm state={state} label={capitalise(option.action)} className="flex flex-col gap-2">
      {option.needsReason ? (
        <Field id={`${id}-reason`} label="Reason" error={formState.errors.reason?.message}>
          <select
            id={`${id}-reason`}
            className={inputClass}
            defaultValue=""
            {...register('reason', { setValueAs: (v) => v || undefined })}
          >
            <option value="" disabled>
              Choose a reason…
            </option>
            {DISMISS_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {DISMISS_REASON_LABELS[reason]}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {option.needsNote ? (
        <Field id={`${id}-note`} label={option.noteLabel} error={formState.errors.note?.message}>
          <textarea id={`${id}-note`} rows={2} className={inputClass} {...register('note')} />
        </Field>
      ) : null}
      <div>
        <SubmitButton className={option.primary ? buttonClass : secondaryButtonClass}>
          {capitalise(option.action)}
        </SubmitButton>
      </div>
      <FormFeedback />
    </ActionForm>
  );
}
