import type { ClaimRow } from '@/lib/data/claims';
import { formatAge, formatDate } from '@/lib/format';
import type { QueueRow } from '@/components/queue/claim-table';

/** Shapes claim rows for the queue table (plain strings, safe to hand to a client component). */
export function toQueueRows(
  rows: ClaimRow[],
  ageFrom: 'created' | 'updated' = 'updated',
): QueueRow[] {
  return rows.map((row) => ({
    id: row.id,
    text: row.text,
    speaker: row.speaker,
    state: row.state,
    priority: row.priority,
    due: row.dueAt ? formatDate(row.dueAt) : '—',
    age: formatAge(ageFrom === 'created' ? row.createdAt : row.updatedAt),
    assignee: row.assignee?.name ?? null,
    article: row.article,
  }));
}
