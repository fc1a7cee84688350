'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { bulkClaimsAction } from '@/lib/actions/claims';
import type { ClaimState } from '@/lib/generated/prisma/enums';
import type { BulkActionInput } from '@/lib/schemas/bulk-action';
import { DISMISS_REASON_LABELS, DISMISS_REASONS } from '@/lib/schemas/workflow';
import { CLAIM_STATES, STATE_LABELS } from '@/lib/workflow/states';

const STATE_OPTIONS = CLAIM_STATES.map((state) => ({ value: state, label: STATE_LABELS[state] }));
const REASON_OPTIONS = DISMISS_REASONS.map((reason) => ({
  value: reason,
  label: DISMISS_REASON_LABELS[reason],
}));

interface BulkResult {
  claimId: string;
  ok: boolean;
  message: string;
}

/** Assign or move the selected claims at once; each claim reports whether it changed. */
export function BulkActions({
  selectedIds,
  colleagues,
  textOf,
}: {
  selectedIds: string[];
  colleagues: { id: string; name: string }[];
  textOf: (claimId: string) => string;
}) {
  const router = useRouter();
  const [results, setResults] = useState<BulkResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [assignee, setAssignee] = useState('');
  const [target, setTarget] = useState<ClaimState | ''>('');
  const [reason, setReason] = useState('');
  const none = selectedIds.length === 0;

  // The buttons build the request from the selects; the server parses it again.
  function apply(input: Record<string, unknown>) {
    setError(null);
    startTransition(async () => {
      const result = await bulkClaimsAction({ ...input, claimIds: selectedIds } as BulkActionInput);
      if (!result.ok) return setError(result.message);
      setResults(result.data);
      router.refresh();
    });
  }

  return (
    <>
      <section
        aria-label="Bulk actions"
        className="flex flex-wrap items-end gap-3 rounded border border-slate-300 bg-slate-50 p-2 text-sm"
      >
        <span className="self-center" aria-live="polite">
          {selectedIds.length} selected
        </span>
        <label className="flex flex-col gap-1">
          Assign selected to
          <Select
            value={assignee}
            onChange={(e) => setAssignee(e.target.value)}
            placeholder="Unassigned"
            options={colleagues.map((c) => ({ value: c.id, label: c.name }))}
          />
        </label>
        <Button
          variant="secondary"
          disabled={pending || none}
          onClick={() => apply({ action: 'assign', assigneeId: assignee || null })}
        >
          Assign
        </Button>
        <label className="flex flex-col gap-1">
          Move selected to
          <Select
            value={target}
            onChange={(e) => setTarget(e.target.value as ClaimState)}
            placeholder="Choose a state…"
            options={STATE_OPTIONS}
          />
        </label>
        {target === 'DISMISSED' ? (
          <label className="flex flex-col gap-1">
            Dismiss reason
            <Select
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              placeholder="Choose…"
              options={REASON_OPTIONS}
            />
          </label>
        ) : null}
        <Button
          variant="secondary"
          disabled={pending || none || !target}
          onClick={() => apply({ action: 'move', to: target, reason: reason || undefined })}
        >
          Move
        </Button>
      </section>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {results ? (
        <section aria-label="Bulk results" className="rounded border border-slate-300 p-2 text-sm">
          <p className="font-medium">
            {results.filter((r) => r.ok).length} changed, {results.filter((r) => !r.ok).length} not
            changed
          </p>
          <ul>
            {results.map((r) => (
              <li key={r.claimId} className={r.ok ? 'text-green-800' : 'text-red-800'}>
                “{textOf(r.claimId).slice(0, 80)}”: {r.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
