'use client';

import { ActionForm, FormFeedback, SubmitButton } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Field, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { addNoteAction } from '@/lib/actions/claims';
import { noteSchema } from '@/lib/schemas/claim';

export function NoteForm({ claimId }: { claimId: string }) {
  const state = useActionForm({
    schema: noteSchema,
    action: (input) => addNoteAction(claimId, input),
    success: 'Note added.',
    onSuccess: () => state.form.reset({ body: '' }),
  });
  return (
    <ActionForm state={state} label="Add note" className="flex flex-col gap-2">
      <Field
        id="note-body"
        label="Note (mention colleagues with @name, e.g. @editor)"
        error={state.form.formState.errors.body?.message}
      >
        <textarea id="note-body" rows={2} className={inputClass} {...state.form.register('body')} />
      </Field>
      <div className="flex items-center gap-3">
        <SubmitButton className={secondaryButtonClass}>Add note</SubmitButton>
        <FormFeedback />
      </div>
    </ActionForm>
  );
}
