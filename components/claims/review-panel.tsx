'use client';

import { ActionForm, FormFeedback, SubmitButton } from '@/components/forms/action-form';
import { TextField } from '@/components/forms/fields';
import { secondaryButtonClass } from '@/components/ui/field';
import { reviewAction } from '@/lib/actions/claims';
import { reviewSchema } from '@/lib/schemas/workflow';
import { useClaimForm } from './use-claim-form';

/** An editor's review of a proposed verdict: approve, or send it back with a note. */
export function ReviewPanel({
  claimId,
  approvals,
  quorum,
  ownVerdict,
}: {
  claimId: string;
  approvals: string[];
  quorum: number;
  ownVerdict: boolean;
}) {
  const state = useClaimForm({
    schema: reviewSchema,
    action: (input) => reviewAction(claimId, input),
    values: { decision: 'approve', note: '' },
    success: (_data, input) =>
      input.decision === 'approve' ? 'Approval recorded.' : 'Changes requested.',
    announce: true,
  });
  const { setValue } = state.form;
  return (
    <ActionForm state={state} label="Review verdict" className="flex flex-col gap-2">
      <p className="text-sm text-slate-700">
        Approvals: {approvals.length} of {quorum} needed
        {approvals.length ? ` (${approvals.join(', ')})` : ''}.
      </p>
      {ownVerdict ? (
        <p className="text-sm text-amber-900">
          You proposed this verdict: under the two-person rule another editor must approve it.
        </p>
      ) : null}
      <TextField name="note" label="Review note" rows={3} />
      <div className="flex gap-2">
        {ownVerdict ? null : (
          <SubmitButton onClick={() => setValue('decision', 'approve')}>Approve</SubmitButton>
        )}
        <SubmitButton
          className={secondaryButtonClass}
          onClick={() => setValue('decision', 'request_changes')}
        >
          Request changes
        </SubmitButton>
      </div>
      <FormFeedback />
    </ActionForm>
  );
}
