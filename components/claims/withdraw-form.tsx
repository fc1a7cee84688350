'use client';

import { ActionForm, FormFeedback, SubmitButton } from '@/components/forms/action-form';
import { Field, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { withdrawAction } from '@/lib/actions/claims';
import { withdrawSchema } from '@/lib/schemas/workflow';
import { useClaimForm } from './use-claim-form';

/** Takes a published verdict off the public site (editors), with the reason in the timeline. */
export function WithdrawForm({ claimId }: { claimId: string }) {
  const state = useClaimForm({
    schema: withdrawSchema,
    action: (input) => withdrawAction(claimId, input),
    values: { note: '' },
    success: 'Verdict withdrawn from the public site.',
  });
  const id = `withdraw-note-${claimId}`;
  return (
    <ActionForm
      state={state}
      label="Withdraw published verdict"
      className="mt-2 flex flex-col gap-2"
    >
      <Field id={id} label="Why withdraw it?" error={state.form.formState.errors.note?.message}>
        <textarea id={id} rows={2} className={inputClass} {...state.form.register('note')} />
      </Field>
      <div>
        <SubmitButton className={secondaryButtonClass}>Withdraw published verdict</SubmitButton>
      </div>
      <FormFeedback />
    </ActionForm>
  );
}
