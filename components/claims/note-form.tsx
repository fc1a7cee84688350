'use client';

import { ActionForm, SubmitRow } from '@/components/forms/action-form';
import { TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { secondaryButtonClass } from '@/components/ui/field';
import { addNoteAction } from '@/lib/actions/claims';
import { noteSchema } from '@/lib/schemas/claim';

export function NoteForm({ claimId }: { claimId: string }) {
  const state = useActionForm({
    defaultValues: { body: '' },
    schema: noteSchema,
    action: (input) => addNoteAction(claimId, input),
    success: 'Note added.',
    resetOnSuccess: true,
  });
  return (
    <ActionForm state={state} label="Add note" className="flex flex-col gap-2">
      <TextField name="body" label="Note (mention colleagues with @name, e.g. @editor)" rows={2} />
      <SubmitRow buttonClassName={secondaryButtonClass}>Add note</SubmitRow>
    </ActionForm>
  );
}
