'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field, buttonClass, inputClass } from '@/components/ui/field';
import { addSourceAction } from '@/lib/actions/claims';
import {
  SOURCE_KIND_LABELS,
  SOURCE_KINDS,
  SOURCE_STANCE_LABELS,
  SOURCE_STANCES,
  sourceSchema,
  type SourceInput,
} from '@/lib/schemas/claim';
import { ActionFeedback, feedbackFrom, type Feedback } from '@/components/ui/action-feedback';
import { useClaimVersion } from './claim-version';

export function SourceForm({ claimId }: { claimId: string }) {
  const { version, saw } = useClaimVersion();
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const { register, handleSubmit, formState, reset } = useForm<SourceInput>({
    resolver: zodResolver(sourceSchema),
    values: { version } as SourceInput,
  });
  const { errors } = formState;

  async function onSubmit(values: SourceInput) {
    const result = await addSourceAction(claimId, { ...values, version });
    setFeedback(feedbackFrom(result, 'Source added.'));
    if (result.ok) {
      saw(result.data.version);
      reset();
      router.refresh();
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label="Add source"
      className="grid grid-cols-1 gap-2 sm:grid-cols-2"
    >
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
        <select id="source-kind" className={inputClass} defaultValue="" {...register('kind')}>
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
        <select id="source-stance" className={inputClass} defaultValue="" {...register('stance')}>
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
        <button type="submit" className={buttonClass} disabled={formState.isSubmitting}>
          Add source
        </button>
        <ActionFeedback feedback={feedback} onReload={() => setFeedback(null)} />
      </div>
    </form>
  );
}
