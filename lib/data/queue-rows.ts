import type { ClaimRow } from '@/lib/data/claims';
import { formatAge, formatDate } from '@/lib/format';
import type { ClaimState, Priority } from '@/lib/generated/prisma/enums';

/** One claim as the queue table shows it: plain strings, safe to hand to a client component. */
export interface QueueRow {
  id: string;
  text: string;
  statement: string;
  speaker: string | null;
  speakerRole: string | null;
  state: ClaimState;
  priority: Priority;
  due: string;
  age: string;
  assignee: string | null;
  article: { id: string; title: string };
}

/** Shapes claim rows for the queue table; the age counts from the last update. */
export function toQueueRows(rows: ClaimRow[], now = new Date()): QueueRow[] {
  return rows.map((row) => ({
    id: row.id,
    text: row.text,
    statement: row.statement,
    speaker: row.speaker,
    speakerRole: row.speakerRole,
    state: row.state,
    priority: row.priority,
    due: row.dueAt ? formatDate(row.dueAt) : '—',
    age: formatAge(row.updatedAt, now),
    assignee: row.assignee?.name ?? null,
    article: row.article,
  }));
}
