'use client';

import { ActionForm, SubmitRow } from '@/components/forms/action-form';
import { TextField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { addWatchedSourceAction } from '@/lib/actions/monitoring';
import { watchedSourceSchema } from '@/lib/schemas/watched-source';

export function AddSourceForm() {
  const state = useActionForm({
    schema: watchedSourceSchema,
    action: addWatchedSourceAction,
    defaultValues: { name: '', url: '', intervalMinutes: 15 },
    success: (_data, values) => `Watching ${values.name}; its first poll is queued.`,
    resetOnSuccess: true,
  });
  return (
    <ActionForm
      state={state}
      label="Add a source to watch"
      className="grid max-w-3xl grid-cols-1 gap-3 sm:grid-cols-3"
    >
      <TextField name="name" label="Name" />
      <TextField name="url" label="Feed or sitemap URL" type="url" />
      <TextField
        name="intervalMinutes"
        label="Poll every (minutes)"
        type="number"
        min={5}
        options={{ valueAsNumber: true }}
      />
      <SubmitRow className="sm:col-span-3">Watch source</SubmitRow>
    </ActionForm>
  );
}
