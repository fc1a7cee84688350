'use client';

import { ActionForm, FormFeedback, SubmitButton } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { secondaryButtonClass } from '@/components/ui/field';
import { decideMatchAction } from '@/lib/actions/matches';
import { matchDecisionSchema, type MatchDecisionInput } from '@/lib/schemas/claim-match';

/** "Same claim" or "Not the same" for one suggested earlier claim. */
export function MatchDecisionForm({ matchId, label }: { matchId: string; label: string }) {
  const state = useActionForm<MatchDecisionInput, unknown>({
    schema: matchDecisionSchema,
    action: (input) => decideMatchAction(matchId, input),
    values: { decision: 'confirm' },
    success: (_data, input) =>
      input.decision === 'confirm' ? 'Confirmed: same claim.' : 'Rejected: not the same claim.',
  });
  const { setValue } = state.form;
  return (
    <ActionForm state={state} label={`Decide match with ${label}`} className="flex flex-col gap-1">
      <div className="flex gap-2">
        <SubmitButton onClick={() => setValue('decision', 'confirm')}>Same claim</SubmitButton>
        <SubmitButton
          className={secondaryButtonClass}
          onClick={() => setValue('decision', 'reject')}
        >
          Not the same
        </SubmitButton>
      </div>
      <FormFeedback />
    </ActionForm>
  );
}
