'use client';

import { ActionForm, FormFeedback, SubmitButton } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Field, inputClass } from '@/components/ui/field';
import { updateSettingsAction } from '@/lib/actions/settings';
import { settingsSchema, type Settings } from '@/lib/schemas/settings';

export function SettingsForm({ initial }: { initial: Settings }) {
  const state = useActionForm({
    schema: settingsSchema,
    action: updateSettingsAction,
    defaultValues: initial,
    success: 'Settings saved. The public site shows them now.',
  });
  const { register, formState } = state.form;
  const { errors } = formState;

  const described = (id: string, hasError: boolean) =>
    hasError ? { 'aria-describedby': `${id}-error`, 'aria-invalid': true } : {};

  return (
    <ActionForm
      state={state}
      label="Newsroom settings"
      className="grid grid-cols-1 gap-3 sm:grid-cols-2"
    >
      <Field id="settings-name" label="Newsroom name" error={errors.name?.message}>
        <input
          id="settings-name"
          className={inputClass}
          {...described('settings-name', !!errors.name)}
          {...register('name')}
        />
      </Field>
      <Field id="settings-logo" label="Logo text" error={errors.logoText?.message}>
        <input
          id="settings-logo"
          className={inputClass}
          {...described('settings-logo', !!errors.logoText)}
          {...register('logoText')}
        />
      </Field>
      <Field id="settings-url" label="Public site address (URL)" error={errors.url?.message}>
        <input
          id="settings-url"
          type="url"
          className={inputClass}
          {...described('settings-url', !!errors.url)}
          {...register('url')}
        />
      </Field>
      <Field
        id="settings-quorum"
        label="Approvals needed to publish (review quorum)"
        error={errors.reviewQuorum?.message}
      >
        <input
          id="settings-quorum"
          type="number"
          min={1}
          max={5}
          className={inputClass}
          {...described('settings-quorum', !!errors.reviewQuorum)}
          {...register('reviewQuorum', { valueAsNumber: true })}
        />
      </Field>
      <div className="sm:col-span-2">
        <Field
          id="settings-methodology"
          label="Methodology (plain text; blank lines separate paragraphs)"
          error={errors.methodology?.message}
        >
          <textarea
            id="settings-methodology"
            rows={10}
            className={inputClass}
            {...described('settings-methodology', !!errors.methodology)}
            {...register('methodology')}
          />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field
          id="settings-corrections"
          label="Corrections policy (plain text)"
          error={errors.correctionsPolicy?.message}
        >
          <textarea
            id="settings-corrections"
            rows={8}
            className={inputClass}
            {...described('settings-corrections', !!errors.correctionsPolicy)}
            {...register('correctionsPolicy')}
          />
        </Field>
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <SubmitButton>Save settings</SubmitButton>
        <FormFeedback />
      </div>
    </ActionForm>
  );
}
