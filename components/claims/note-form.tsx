'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field, secondaryButtonClass, inputClass } from '@/components/ui/field';
import { addNoteAction } from '@/lib/actions/claims';
import { noteSchema } from '@/lib/schemas/claim';
import { ActionFeedback, feedbackFrom, type Feedback } from '@/components/ui/action-feedback';

export function NoteForm({ claimId }: { claimId: string }) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const { register, handleSubmit, formState, reset } = useForm<{ body: string }>({
    resolver: zodResolver(noteSchema),
  });

  async function onSubmit(values: { body: string }) {
    const result = await addNoteAction(claimId, values);
    setFeedback(feedbackFrom(result, 'Note added.'));
    if (result.ok) {
      reset({ body: '' });
      router.refresh();
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label="Add note"
      className="flex flex-col gap-2"
    >
      <Field
        id="note-body"
        label="Note (mention colleagues with @name, e.g. @editor)"
        error={formState.errors.body?.message}
      >
        <textarea id="note-body" rows={2} className={inputClass} {...register('body')} />
      </Field>
      <div className="flex items-center gap-3">
        <button type="submit" className={secondaryButtonClass} disabled={formState.isSubmitting}>
          Add note
        </button>
        <ActionFeedback feedback={feedback} onReload={() => setFeedback(null)} />
      </div>
    </form>
  );
}
