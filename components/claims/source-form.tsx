'use client';

import { ActionForm, FormFeedback, SubmitButton } from '@/components/forms/action-form';
import { Field, inputClass } from '@/components/ui/field';
import { addSourceAction } from '@/lib/actions/claims';
import {
  SOURCE_KIND_LABELS,
  SOURCE_KINDS,
  SOURCE_STANCE_LABELS,
  SOURCE_STANCES,
  sourceSchema,
  type SourceInput,
} from '@/lib/schemas/claim';
import { useClaimForm } from './use-claim-form';

// Empty until the user fills them in; the schema says what is missing.
const EMPTY = { url: '', title: '', kind: '', stance: '', note: '' } as unknown as Omit<
  SourceInput,
  'version'
>;

export function SourceForm({ claimId }: { claimId: string }) {
  const state = useClaimForm({
    schema: sourceSchema,
    action: (input) => addSourceAction(claimId, input),
    values: EMPTY,
    success: 'Source added.',
    onSuccess: () => state.form.reset(),
  });
  const { register, formState } = state.form;
  const { errors } = formState;
  return (
    <ActionForm state={state} label="Add source" className="grid grid-cols-1 gap-2 sm:grid-cols-2">
      <Field id="source-url" label="Source URL" error={errors.url?.message}>
        <input
          id="source-url"
          type="url"
          className={inputClass}
          aria-invalid={!!errors.url}
          {...register('url')}
        />
      </Field>
      <Field id="source-title" label="Source title" error={errors.title?.message}>
        <input
          id="source-title"
          className={inputClass}
          aria-invalid={!!errors.title}
          {...register('title')}
        />
      </Field>
      <Field id="source-kind" label="Kind of source" error={errors.kind?.message}>
        <select id="source-kind" className={inputClass} {...register('kind')}>
          <option value="" disabled>
            Choose…
          </option>
          {SOURCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {SOURCE_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="source-stance" label="What it shows" error={errors.stance?.message}>
        <select id="source-stance" className={inputClass} {...register('stance')}>
          <option value="" disabled>
            Choose…
          </option>
          {SOURCE_STANCES.map((stance) => (
            <option key={stance} value={stance}>
              {SOURCE_STANCE_LABELS[stance]}
            </option>
          ))}
        </select>
      </Field>
      <div className="sm:col-span-2">
        <Field id="source-note" label="Source note" error={errors.note?.message}>
          <textarea id="source-note" rows={2} className={inputClass} {...register('note')} />
        </Field>
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <SubmitButton>Add source</SubmitButton>
        <FormFeedback />
      </div>
    </ActionForm>
  );
}
