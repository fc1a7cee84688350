'use client';

import { ActionForm, FormFeedback, SubmitButton } from '@/components/forms/action-form';
import { Field, inputClass } from '@/components/ui/field';
import { proposeVerdictAction } from '@/lib/actions/claims';
import type { Rating } from '@/lib/generated/prisma/enums';
import { RATING_ORDER, RATINGS } from '@/lib/ratings';
import { verdictSchema, type VerdictInput } from '@/lib/schemas/claim';
import { useClaimForm } from './use-claim-form';

interface CurrentVerdict {
  rating: Rating | null;
  summary: string | null;
  explanation: string | null;
}

export function VerdictForm({ claimId, current }: { claimId: string; current: CurrentVerdict }) {
  const state = useClaimForm({
    schema: verdictSchema,
    action: (input) => proposeVerdictAction(claimId, input),
    // An empty choice until a rating is picked; the schema asks for one.
    values: {
      rating: (current.rating ?? '') as VerdictInput['rating'],
      summary: current.summary ?? '',
      explanation: current.explanation ?? '',
    },
    success: 'Verdict saved.',
  });
  const { register, formState } = state.form;
  const { errors } = formState;
  return (
    <ActionForm state={state} label="Proposed verdict" className="flex flex-col gap-2">
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
        <SubmitButton>Save verdict</SubmitButton>
        <FormFeedback />
      </div>
    </ActionForm>
  );
}
