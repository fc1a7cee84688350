'use client';

import { ActionForm, FormFeedback, SubmitButton } from '@/components/forms/action-form';
import { TextField } from '@/components/forms/fields';
import { secondaryButtonClass } from '@/components/ui/field';
import { updateClaimAction } from '@/lib/actions/claims';
import { claimUpdateSchema } from '@/lib/schemas/claim';
import { useClaimForm } from './use-claim-form';

/** The claim as checked, in one sentence: readers' headline once published. */
export function StatementForm({ claimId, statement }: { claimId: string; statement: string }) {
  const state = useClaimForm({
    schema: claimUpdateSchema,
    action: (input) => updateClaimAction(claimId, input),
    values: { statement },
    success: 'Statement saved.',
  });
  return (
    <ActionForm state={state} label="Claim statement" className="flex flex-col gap-2">
      <TextField
        name="statement"
        label="Claim statement (what is being checked, as one sentence; the public headline)"
        rows={2}
      />
      <div className="flex items-center gap-3">
        <SubmitButton className={secondaryButtonClass}>Save statement</SubmitButton>
        <FormFeedback />
      </div>
    </ActionForm>
  );
}
