'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field, buttonClass, inputClass } from '@/components/ui/field';
import { updateSettingsAction } from '@/lib/actions/settings';
import { settingsSchema, type Settings, type SettingsInput } from '@/lib/schemas/settings';

export function SettingsForm({ initial }: { initial: Settings }) {
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; message: string } | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<SettingsInput, unknown, Settings>(
    { resolver: zodResolver(settingsSchema), defaultValues: initial },
  );
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: Settings) {
    setStatus(null);
    const result = await updateSettingsAction(values);
    if (result.ok) {
      setStatus({ kind: 'ok', message: 'Settings saved. The public site shows them now.' });
      return;
    }
    for (const [field, message] of Object.entries(result.fields ?? {}))
      setError(field as keyof SettingsInput, { message });
    setStatus({ kind: 'error', message: result.message });
  }

  const described = (id: string, hasError: boolean) =>
    hasError ? { 'aria-describedby': `${id}-error`, 'aria-invalid': true } : {};

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label="Newsroom settings"
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
        <button type="submit" className={buttonClass} disabled={isSubmitting}>
          Save settings
        </button>
        {status ? (
          <p
            role="status"
            className={status.kind === 'ok' ? 'text-sm text-green-800' : 'text-sm text-red-700'}
          >
            {status.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
