'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field, buttonClass, inputClass } from '@/components/ui/field';
import { proposeVerdictAction } from '@/lib/actions/claims';
import type { Rating } from '@/lib/generated/prisma/enums';
import { RATING_ORDER, RATINGS } from '@/lib/ratings';
import { verdictSchema, type VerdictInput } from '@/lib/schemas/claim';
import { ActionFeedback, feedbackFrom, type Feedback } from '@/components/ui/action-feedback';
import { useClaimVersion } from './claim-version';

interface CurrentVerdict {
  rating: Rating | null;
  summary: string | null;
  explanation: string | null;
}

export function VerdictForm({ claimId, current }: { claimId: string; current: CurrentVerdict }) {
  const { version, saw } = useClaimVersion();
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const { register, handleSubmit, formState } = useForm<VerdictInput>({
    resolver: zodResolver(verdictSchema),
    values: {
      version,
      rating: current.rating ?? (undefined as unknown as Rating),
      summary: current.summary ?? '',
      explanation: current.explanation ?? '',
    },
  });
  const { errors } = formState;

  async function onSubmit(values: VerdictInput) {
    const result = await proposeVerdictAction(claimId, { ...values, version });
    setFeedback(feedbackFrom(result, 'Verdict saved.'));
    if (result.ok) {
      saw(result.data.version);
      router.refresh();
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label="Proposed verdict"
      className="flex flex-col gap-2"
    >
      <Field id="verdict-rating" label="Rating" error={errors.rating?.message}>
        <select id="verdict-rating" className={inputClass} {...register('rating')}>
          <option value="">Choose a rating…</option>
          {RATING_ORDER.map((rating) => (
            <option key={rating} value={rating}>
              {RATINGS[rating].label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="verdict-summary" label="One-line summary" error={errors.summary?.message}>
        <input
          id="verdict-summary"
          className={inputClass}
          aria-invalid={!!errors.summary}
          {...register('summary')}
        />
      </Field>
      <Field id="verdict-explanation" label="Explanation" error={errors.explanation?.message}>
        <textarea
          id="verdict-explanation"
          rows={6}
          className={inputClass}
          aria-invalid={!!errors.explanation}
          {...register('explanation')}
        />
      </Field>
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass} disabled={formState.isSubmitting}>
          Save verdict
        </button>
        <ActionFeedback feedback={feedback} onReload={() => setFeedback(null)} />
      </div>
    </form>
  );
}
