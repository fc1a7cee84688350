'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field, buttonClass, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { reviewAction } from '@/lib/actions/claims';
import { reviewSchema, type ReviewInput } from '@/lib/schemas/workflow';
import { ActionFeedback, feedbackFrom, type Feedback } from '@/components/ui/action-feedback';
import { useClaimVersion } from './claim-version';

/** An editor's review of a proposed verdict: approve, or send it back with a note. */
export function ReviewPanel({
  claimId,
  approvals,
  quorum,
}: {
  claimId: string;
  approvals: string[];
  quorum: number;
}) {
  const { version, saw } = useClaimVersion();
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const { register, handleSubmit, setValue, formState } = useForm<ReviewInput>({
    resolver: zodResolver(reviewSchema),
    values: { decision: 'approve', version, note: '' },
  });

  async function onSubmit(values: ReviewInput) {
    if (values.decision === 'request_changes' && !values.note?.trim()) {
      setFeedback({ kind: 'error', message: 'Add a note saying what needs to change.' });
      return;
    }
    const result = await reviewAction(claimId, { ...values, version });
    setFeedback(
      feedbackFrom(
        result,
        values.decision === 'approve' ? 'Approval recorded.' : 'Changes requested.',
      ),
    );
    if (result.ok) {
      saw(result.data.version);
      router.refresh();
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label="Review verdict"
      className="flex flex-col gap-2"
    >
      <p className="text-sm text-slate-700">
        Approvals: {approvals.length} of {quorum} needed
        {approvals.length ? ` (${approvals.join(', ')})` : ''}.
      </p>
      <Field
        id={`review-note-${claimId}`}
        label="Review note"
        error={formState.errors.note?.message}
      >
        <textarea
          id={`review-note-${claimId}`}
          rows={3}
          className={inputClass}
          {...register('note')}
        />
      </Field>
      <div className="flex gap-2">
        <button
          type="submit"
          className={buttonClass}
          disabled={formState.isSubmitting}
          onClick={() => setValue('decision', 'approve')}
        >
          Approve
        </button>
        <button
          type="submit"
          className={secondaryButtonClass}
          disabled={formState.isSubmitting}
          onClick={() => setValue('decision', 'request_changes')}
        >
          Request changes
        </button>
      </div>
      <ActionFeedback feedback={feedback} onReload={() => setFeedback(null)} />
    </form>
  );
}
