'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { StateBadge } from '@/components/claims/state-badge';
import { inputClass, secondaryButtonClass } from '@/components/ui/field';
import { bulkClaimsAction } from '@/lib/actions/claims';
import type { BulkActionInput } from '@/lib/schemas/bulk-action';
import type { ClaimState, Priority } from '@/lib/generated/prisma/enums';
import { DISMISS_REASON_LABELS, DISMISS_REASONS } from '@/lib/schemas/workflow';
import { CLAIM_STATES, STATE_LABELS } from '@/lib/workflow/states';

export interface QueueRow {
  id: string;
  text: string;
  speaker: string | null;
  state: ClaimState;
  priority: Priority;
  due: string;
  age: string;
  assignee: string | null;
  article: { id: string; title: string };
}

interface Props {
  rows: QueueRow[];
  canBulk: boolean;
  colleagues: { id: string; name: string }[];
  sortLinks: Record<'updated' | 'oldest' | 'due' | 'priority', string>;
}

export function ClaimTable({ rows, canBulk, colleagues, sortLinks }: Props) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [results, setResults] = useState<
    { claimId: string; ok: boolean; message: string }[] | null
  >(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [assignee, setAssignee] = useState('');
  const [target, setTarget] = useState<ClaimState | ''>('');
  const [reason, setReason] = useState('');

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  function apply(input: Record<string, unknown>) {
    setError(null);
    startTransition(async () => {
      // The buttons build the request from the selects; the server parses it.
      const request = { ...input, claimIds: [...selected] } as BulkActionInput;
      const result = await bulkClaimsAction(request);
      if (!result.ok) return setError(result.message);
      setResults(result.data);
      router.refresh();
    });
  }

  const textOf = (id: string) => rows.find((r) => r.id === id)?.text ?? id;

  return (
    <div className="flex flex-col gap-3">
      {canBulk ? (
        <section
          aria-label="Bulk actions"
          className="flex flex-wrap items-end gap-3 rounded border border-slate-300 p-2 text-sm"
        >
          <span>{selected.size} selected</span>
          <label className="flex flex-col gap-1">
            Assign selected to
            <select
              value={assignee}
              onChange={(e) => setAssignee(e.target.value)}
              className={inputClass}
            >
              <option value="">Unassigned</option>
              {colleagues.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={pending || selected.size === 0}
            onClick={() => apply({ action: 'assign', assigneeId: assignee || null })}
          >
            Assign
          </button>
          <label className="flex flex-col gap-1">
            Move selected to
            <select
              value={target}
              onChange={(e) => setTarget(e.target.value as ClaimState)}
              className={inputClass}
            >
              <option value="">Choose a state…</option>
              {CLAIM_STATES.map((s) => (
                <option key={s} value={s}>
                  {STATE_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          {target === 'DISMISSED' ? (
            <label className="flex flex-col gap-1">
              Dismiss reason
              <select
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                className={inputClass}
              >
                <option value="">Choose…</option>
                {DISMISS_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {DISMISS_REASON_LABELS[r]}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={pending || selected.size === 0 || !target}
            onClick={() => apply({ action: 'move', to: target, reason: reason || undefined })}
          >
            Move
          </button>
        </section>
      ) : null}
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
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            {canBulk ? (
              <th scope="col" className="w-8 py-1.5">
                <span className="sr-only">Select</span>
              </th>
            ) : null}
            <th scope="col" className="py-1.5 pr-3">
              Claim
            </th>
            <th scope="col" className="py-1.5 pr-3">
              Speaker
            </th>
            <th scope="col" className="py-1.5 pr-3">
              State
            </th>
            <th scope="col" className="py-1.5 pr-3">
              Assignee
            </th>
            <th scope="col" className="py-1.5 pr-3">
              <Link href={sortLinks.priority} className="text-blue-800 hover:underline">
                Priority
              </Link>
            </th>
            <th scope="col" className="py-1.5 pr-3">
              <Link href={sortLinks.due} className="text-blue-800 hover:underline">
                Due
              </Link>
            </th>
            <th scope="col" className="py-1.5 pr-3">
              <Link href={sortLinks.oldest} className="text-blue-800 hover:underline">
                Age
              </Link>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 align-top">
              {canBulk ? (
                <td className="py-1.5">
                  <input
                    type="checkbox"
                    aria-label={`Select claim: ${row.text}`}
                    checked={selected.has(row.id)}
                    onChange={() => toggle(row.id)}
                  />
                </td>
              ) : null}
              <td className="py-1.5 pr-3">
                <Link href={`/newsroom/claims/${row.id}`} className="text-blue-800 hover:underline">
                  {row.text}
                </Link>
                <span className="block text-xs text-slate-600">{row.article.title}</span>
              </td>
              <td className="py-1.5 pr-3">{row.speaker ?? '—'}</td>
              <td className="py-1.5 pr-3">
                <StateBadge state={row.state} />
              </td>
              <td className="py-1.5 pr-3">{row.assignee ?? '—'}</td>
              <td className="py-1.5 pr-3">{row.priority.toLowerCase()}</td>
              <td className="py-1.5 pr-3">{row.due}</td>
              <td className="py-1.5 pr-3">{row.age}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
