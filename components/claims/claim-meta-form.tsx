'use client';

import { ActionForm, FormFeedback, SubmitButton } from '@/components/forms/action-form';
import { Field, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { updateClaimAction } from '@/lib/actions/claims';
import { claimUpdateSchema, PRIORITIES } from '@/lib/schemas/claim';
import { useClaimForm } from './use-claim-form';

interface Props {
  claimId: string;
  assigneeId: string | null;
  dueAt: string | null;
  priority: (typeof PRIORITIES)[number];
  colleagues: { id: string; name: string }[];
  canAssignOthers: boolean;
  currentUserId: string;
}

/** Assignment, due date and priority of one claim. */
export function ClaimMetaForm({
  claimId,
  assigneeId,
  dueAt,
  priority,
  colleagues,
  canAssignOthers,
  currentUserId,
}: Props) {
  const state = useClaimForm({
    schema: claimUpdateSchema,
    action: (input) => updateClaimAction(claimId, input),
    values: { assigneeId: assigneeId ?? '', dueAt: dueAt ?? '', priority },
    success: 'Saved.',
  });
  const { register, formState } = state.form;
  const choices = canAssignOthers
    ? colleagues
    : colleagues.filter((c) => c.id === currentUserId || c.id === assigneeId);
  return (
    <ActionForm state={state} label="Assignment" className="flex flex-wrap items-end gap-3">
      <Field id="claim-assignee" label="Assignee" error={formState.errors.assigneeId?.message}>
        <select
          id="claim-assignee"
          className={inputClass}
          {...register('assigneeId', { setValueAs: (v) => v || null })}
        >
          <option value="">Unassigned</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="claim-due" label="Due" error={formState.errors.dueAt?.message}>
        <input
          id="claim-due"
          type="date"
          className={inputClass}
          {...register('dueAt', { setValueAs: (v) => v || null })}
        />
      </Field>
      <Field id="claim-priority" label="Priority" error={formState.errors.priority?.message}>
        <select id="claim-priority" className={inputClass} {...register('priority')}>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {p.charAt(0) + p.slice(1).toLowerCase()}
            </option>
          ))}
        </select>
      </Field>
      <SubmitButton className={secondaryButtonClass}>Save assignment</SubmitButton>
      <FormFeedback />
    </ActionForm>
  );
}
