'use client';

import { ActionForm, SubmitRow } from '@/components/forms/action-form';
import { SelectField } from '@/components/forms/fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { setEmailPreferenceAction } from '@/lib/actions/notifications';
import {
  EMAIL_PREFERENCE_LABELS,
  emailPreferenceSchema,
  type EmailPreferenceInput,
} from '@/lib/schemas/notifications';

export function EmailPreferenceForm({ initial }: { initial: EmailPreferenceInput }) {
  const state = useActionForm({
    schema: emailPreferenceSchema,
    action: setEmailPreferenceAction,
    defaultValues: initial,
    success: 'Notification preference saved.',
  });
  return (
    <ActionForm
      state={state}
      label="Notification preference"
      className="flex max-w-xl flex-col gap-3"
    >
      <SelectField
        name="emailPreference"
        label="How you hear of notifications"
        choices={EMAIL_PREFERENCE_LABELS}
      />
      <SubmitRow>Save preference</SubmitRow>
    </ActionForm>
  );
}
