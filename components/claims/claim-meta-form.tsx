'use client';

import { ActionForm, FormFeedback, SubmitButton } from '@/components/forms/action-form';
import { SelectField, TextField } from '@/components/forms/fields';
import { secondaryButtonClass } from '@/components/ui/field';
import { updateClaimAction } from '@/lib/actions/claims';
import { claimUpdateSchema, PRIORITIES } from '@/lib/schemas/claim';
import { useClaimForm } from './use-claim-form';

const PRIORITY_LABELS = Object.fromEntries(
  PRIORITIES.map((p) => [p, p.charAt(0) + p.slice(1).toLowerCase()]),
);

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
  const assignable = canAssignOthers
    ? colleagues
    : colleagues.filter((c) => c.id === currentUserId || c.id === assigneeId);
  const orNull = { setValueAs: (v: string) => v || null };
  return (
    <ActionForm state={state} label="Assignment" className="flex flex-wrap items-end gap-3">
      <SelectField
        name="assigneeId"
        label="Assignee"
        choices={Object.fromEntries(assignable.map((c) => [c.id, c.name]))}
        empty={{ label: 'Unassigned' }}
        options={orNull}
      />
      <TextField name="dueAt" label="Due" type="date" options={orNull} />
      <SelectField name="priority" label="Priority" choices={PRIORITY_LABELS} />
      <SubmitButton className={secondaryButtonClass}>Save assignment</SubmitButton>
      <FormFeedback />
    </ActionForm>
  );
}
