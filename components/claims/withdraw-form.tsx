'use client';

import { ActionForm, SubmitRow } from '@/components/forms/action-form';
import { TextField } from '@/components/forms/fields';
import { secondaryButtonClass } from '@/components/ui/field';
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
    announce: true,
  });
  return (
    <ActionForm
      state={state}
      label="Withdraw published verdict"
      className="mt-2 flex flex-col gap-2"
    >
      <TextField name="note" label="Why withdraw it?" rows={2} />
      <SubmitRow buttonClassName={secondaryButtonClass}>Withdraw published verdict</SubmitRow>
    </ActionForm>
  );
}
