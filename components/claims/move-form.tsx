'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field, buttonClass, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { transitionAction } from '@/lib/actions/claims';
import {
  DISMISS_REASON_LABELS,
  DISMISS_REASONS,
  transitionSchema,
  type TransitionInput,
} from '@/lib/schemas/workflow';
import type { MoveOption } from '@/lib/workflow/move-options';
import { ActionFeedback, feedbackFrom, type Feedback } from '@/components/ui/action-feedback';
import { useClaimVersion } from './claim-version';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One workflow move as a small form: the button, plus the reason or note the move requires. */
export function MoveForm({ claimId, option }: { claimId: string; option: MoveOption }) {
  const { version, saw } = useClaimVersion();
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const { register, handleSubmit, formState } = useForm<TransitionInput>({
    resolver: zodResolver(transitionSchema),
    values: { to: option.to, version, note: '', reason: option.needsReason ? undefined : null },
  });
  const id = `${option.to.toLowerCase()}-${claimId}`;

  async function onSubmit(values: TransitionInput) {
    const result = await transitionAction(claimId, { ...values, version });
    setFeedback(feedbackFrom(result, `Done: ${option.action}.`));
    if (result.ok) {
      saw(result.data.version);
      router.refresh();
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label={capitalise(option.action)}
      className="flex flex-col gap-2"
    >
      {option.needsReason ? (
        <Field id={`${id}-reason`} label="Reason" error={formState.errors.reason?.message}>
          <select
            id={`${id}-reason`}
            className={inputClass}
            defaultValue=""
            {...register('reason', { setValueAs: (v) => v || undefined })}
          >
            <option value="" disabled>
              Choose a reason…
            </option>
            {DISMISS_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {DISMISS_REASON_LABELS[reason]}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {option.needsNote ? (
        <Field id={`${id}-note`} label={option.noteLabel} error={formState.errors.note?.message}>
          <textarea id={`${id}-note`} rows={2} className={inputClass} {...register('note')} />
        </Field>
      ) : null}
      <div>
        <button
          type="submit"
          className={option.primary ? buttonClass : secondaryButtonClass}
          disabled={formState.isSubmitting}
        >
          {capitalise(option.action)}
        </button>
      </div>
      <ActionFeedback feedback={feedback} onReload={() => setFeedback(null)} />
    </form>
  );
}
