'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { withdrawAction } from '@/lib/actions/claims';
import { withdrawSchema, type WithdrawInput } from '@/lib/schemas/workflow';
import { ActionFeedback, feedbackFrom, type Feedback } from '@/components/ui/action-feedback';
import { useClaimVersion } from './claim-version';

/** Takes a published verdict off the public site (editors), with the reason in the timeline. */
export function WithdrawForm({ claimId }: { claimId: string }) {
  const router = useRouter();
  const { version, saw } = useClaimVersion();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const { register, handleSubmit, formState } = useForm<WithdrawInput>({
    resolver: zodResolver(withdrawSchema),
    values: { version, note: '' },
  });

  async function onSubmit(values: WithdrawInput) {
    const result = await withdrawAction(claimId, { ...values, version });
    setFeedback(feedbackFrom(result, 'Verdict withdrawn from the public site.'));
    if (result.ok) {
      saw(result.data.version);
      router.refresh();
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label="Withdraw published verdict"
      className="mt-2 flex flex-col gap-2"
    >
      <Field
        id={`withdraw-note-${claimId}`}
        label="Why withdraw it?"
        error={formState.errors.note?.message}
      >
        <textarea
          id={`withdraw-note-${claimId}`}
          rows={2}
          className={inputClass}
          {...register('note')}
        />
      </Field>
      <div>
        <button type="submit" className={secondaryButtonClass} disabled={formState.isSubmitting}>
          Withdraw published verdict
        </button>
      </div>
      <ActionFeedback feedback={feedback} onReload={() => setFeedback(null)} />
    </form>
  );
}
