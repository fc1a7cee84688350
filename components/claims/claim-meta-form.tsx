'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { updateClaimAction } from '@/lib/actions/claims';
import { claimUpdateSchema, PRIORITIES } from '@/lib/schemas/claim';
import { ActionFeedback, feedbackFrom, type Feedback } from '@/components/ui/action-feedback';
import { useClaimVersion } from './claim-version';

type FormValues = z.input<typeof claimUpdateSchema>;

interface Props {
  claimId: string;
  assigneeId: string | null;
  dueAt: string | null;
  priority: (typeof PRIORITIES)[number];
  colleagues: { id: string; name: string }[];
  canAssignOthers: boolean;
  currentUserId: string;
}

/** Assignment, due date and priority of one claim. */
export function ClaimMetaForm({
  claimId,
  assigneeId,
  dueAt,
  priority,
  colleagues,
  canAssignOthers,
  currentUserId,
}: Props) {
  const router = useRouter();
  const { version, saw } = useClaimVersion();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const { register, handleSubmit, formState } = useForm<FormValues>({
    resolver: zodResolver(claimUpdateSchema),
    values: { version, assigneeId: assigneeId ?? '', dueAt: dueAt ?? '', priority },
  });
  const choices = canAssignOthers
    ? colleagues
    : colleagues.filter((c) => c.id === currentUserId || c.id === assigneeId);

  async function onSubmit(values: unknown) {
    const parsed = values as z.output<typeof claimUpdateSchema>;
    const result = await updateClaimAction(claimId, {
      ...parsed,
      version,
      dueAt: parsed.dueAt ? parsed.dueAt.toISOString() : null,
    });
    setFeedback(feedbackFrom(result, 'Saved.'));
    if (result.ok) {
      saw(result.data.version);
      router.refresh();
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label="Assignment"
      className="flex flex-wrap items-end gap-3"
    >
      <Field id="claim-assignee" label="Assignee" error={formState.errors.assigneeId?.message}>
        <select
          id="claim-assignee"
          className={inputClass}
          {...register('assigneeId', { setValueAs: (v) => v || null })}
        >
          <option value="">Unassigned</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="claim-due" label="Due" error={formState.errors.dueAt?.message}>
        <input
          id="claim-due"
          type="date"
          className={inputClass}
          {...register('dueAt', { setValueAs: (v) => v || null })}
        />
      </Field>
      <Field id="claim-priority" label="Priority" error={formState.errors.priority?.message}>
        <select id="claim-priority" className={inputClass} {...register('priority')}>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {p.charAt(0) + p.slice(1).toLowerCase()}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" className={secondaryButtonClass} disabled={formState.isSubmitting}>
        Save assignment
      </button>
      <ActionFeedback feedback={feedback} onReload={() => setFeedback(null)} />
    </form>
  );
}
