'use client';

import { ActionForm, SubmitRow } from '@/components/forms/action-form';
import { TextField } from '@/components/forms/fields';
import { useAction } from '@/components/forms/use-action';
import { useActionForm } from '@/components/forms/use-action-form';
import { ActionFeedback } from '@/components/ui/action-feedback';
import { Button } from '@/components/ui/button';
import { addWatchedSpeakerAction, removeWatchedSpeakerAction } from '@/lib/actions/monitoring';
import { watchedSpeakerSchema } from '@/lib/schemas/watched-source';

export function SpeakerWatchList({
  speakers,
  canManage,
}: {
  speakers: { id: string; name: string }[];
  canManage: boolean;
}) {
  const remove = useAction(removeWatchedSpeakerAction);
  const state = useActionForm({
    schema: watchedSpeakerSchema,
    action: addWatchedSpeakerAction,
    defaultValues: { name: '' },
    success: (_data, values) => `Following ${values.name}.`,
    resetOnSuccess: true,
  });
  return (
    <div className="flex flex-col gap-2">
      {speakers.length === 0 ? (
        <p className="text-sm text-slate-600">No speakers followed yet.</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {speakers.map((speaker) => (
            <li
              key={speaker.id}
              className="flex items-center gap-1 rounded bg-slate-100 px-2 py-1 text-sm"
            >
              {speaker.name}
              {canManage ? (
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={remove.pending}
                  onClick={() => remove.execute({ speakerId: speaker.id })}
                >
                  Stop following {speaker.name}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <ActionFeedback feedback={remove.feedback} />
      {canManage ? (
        <ActionForm state={state} label="Follow a speaker" className="flex max-w-md flex-col gap-2">
          <TextField name="name" label="Speaker to follow" />
          <SubmitRow>Follow speaker</SubmitRow>
        </ActionForm>
      ) : null}
    </div>
  );
}
