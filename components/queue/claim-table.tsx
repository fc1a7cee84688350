'use client';

import Link from 'next/link';
import { useState } from 'react';
import { StateBadge } from '@/components/claims/state-badge';
import { BulkActions } from '@/components/queue/bulk-actions';
import {
  SortableTableHead,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
import type { QueueSortColumn, SortHeader } from '@/lib/data/claim-queue-sort';
import type { QueueRow } from '@/lib/data/queue-rows';

const SORTABLE_LABELS: Record<QueueSortColumn, string> = {
  priority: 'Priority',
  due: 'Due',
  age: 'Age',
};

interface Props {
  rows: QueueRow[];
  /** Names the table: the id of the heading above it. */
  labelledBy: string;
  /** Headers that sort the table; without them the columns keep the order they were given. */
  sortHeaders?: Record<QueueSortColumn, SortHeader>;
  /** Colleagues to assign to; given only to users who may act on many claims at once. */
  bulk?: { colleagues: { id: string; name: string }[] };
}

export function ClaimTable({ rows, labelledBy, sortHeaders, bulk }: Props) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const selectedIds = rows.filter((row) => selected.has(row.id)).map((row) => row.id);
  const allSelected = rows.length > 0 && selectedIds.length === rows.length;

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const column = (key: QueueSortColumn) =>
    sortHeaders ? (
      <SortableTableHead href={sortHeaders[key].href} direction={sortHeaders[key].direction}>
        {SORTABLE_LABELS[key]}
      </SortableTableHead>
    ) : (
      <TableHead>{SORTABLE_LABELS[key]}</TableHead>
    );

  return (
    <div className="flex flex-col gap-3">
      {bulk ? (
        <BulkActions
          selectedIds={selectedIds}
          colleagues={bulk.colleagues}
          textOf={(id) => rows.find((r) => r.id === id)?.text ?? id}
        />
      ) : null}
      <Table aria-labelledby={labelledBy}>
        <TableHeader>
          <tr>
            {bulk ? (
              <TableHead className="w-8">
                <input
                  type="checkbox"
                  aria-label="Select all claims shown"
                  checked={allSelected}
                  disabled={rows.length === 0}
                  onChange={() => setSelected(new Set(allSelected ? [] : rows.map((r) => r.id)))}
                />
              </TableHead>
            ) : null}
            <TableHead>Claim</TableHead>
            <TableHead>Speaker</TableHead>
            <TableHead>State</TableHead>
            <TableHead>Assignee</TableHead>
            {column('priority')}
            {column('due')}
            {column('age')}
          </tr>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} className="align-top">
              {bulk ? (
                <TableCell>
                  <input
                    type="checkbox"
                    aria-label={`Select claim: ${row.text}`}
                    checked={selected.has(row.id)}
                    onChange={() => toggle(row.id)}
                  />
                </TableCell>
              ) : null}
              <TableHead scope="row">
                <Link href={`/newsroom/claims/${row.id}`} className="text-blue-800 hover:underline">
                  {row.statement}
                </Link>
                <span className="block text-xs text-slate-600">{row.article.title}</span>
              </TableHead>
              <TableCell>
                {row.speaker ?? '—'}
                {row.speakerRole ? (
                  <span className="block text-xs text-slate-600">{row.speakerRole}</span>
                ) : null}
              </TableCell>
              <TableCell>
                <StateBadge state={row.state} />
              </TableCell>
              <TableCell>{row.assignee ?? '—'}</TableCell>
              <TableCell>{row.priority.toLowerCase()}</TableCell>
              <TableCell className="whitespace-nowrap">{row.due}</TableCell>
              <TableCell className="whitespace-nowrap">{row.age}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
