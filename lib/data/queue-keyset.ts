// Keyset pagination of the claim queue: each sort is walked as phases (due dates may be null, priority
// is an enum sorted against the dates), and within a phase every key runs the same direction, so
// "after this row" is one row comparison an index of the same columns answers.
import type { ClaimFilters } from '@/lib/schemas/claim-filters';
import { Priority } from '@/lib/generated/prisma/enums';

export type QueueSort = NonNullable<ClaimFilters['sort']>;
export type KeyColumn = 'updatedAt' | 'dueAt' | 'id';

export interface QueuePhase {
  /** What a row of this phase has in common: a due date or none, one priority. */
  where: { dueAt?: 'set' | 'null'; priority?: Priority };
  keys: KeyColumn[];
  direction: 'asc' | 'desc';
}

const PRIORITY_FIRST: Priority[] = [Priority.URGENT, Priority.HIGH, Priority.NORMAL, Priority.LOW];

export function queuePhases(sort: QueueSort): QueuePhase[] {
  switch (sort) {
    case 'updated':
      return [{ where: {}, keys: ['updatedAt', 'id'], direction: 'desc' }];
    case 'oldest':
      return [{ where: {}, keys: ['updatedAt', 'id'], direction: 'asc' }];
    case 'due':
      return [
        { where: { dueAt: 'set' }, keys: ['dueAt', 'updatedAt', 'id'], direction: 'asc' },
        { where: { dueAt: 'null' }, keys: ['updatedAt', 'id'], direction: 'asc' },
      ];
    case 'priority':
      return PRIORITY_FIRST.map((priority) => ({
        where: { priority },
        keys: ['updatedAt', 'id'],
        direction: 'asc',
      }));
  }
}

/** Where a page starts: the row just before it (`after`) or just after it (`before`, going back). */
export interface QueueCursor {
  sort: QueueSort;
  phase: number;
  /** The boundary row's key values, in the phase's key order (dates as ISO strings). */
  values: string[];
  direction: 'after' | 'before';
}

/** The key values of a row in its phase, for a cursor. */
export interface KeyRow {
  id: string;
  updatedAt: Date;
  dueAt: Date | null;
  priority: Priority;
}

export function phaseOf(sort: QueueSort, row: KeyRow): number {
  if (sort === 'due') return row.dueAt ? 0 : 1;
  if (sort === 'priority') return PRIORITY_FIRST.indexOf(row.priority);
  return 0;
}

export function cursorFor(
  sort: QueueSort,
  row: KeyRow,
  direction: QueueCursor['direction'],
): QueueCursor {
  const phase = phaseOf(sort, row);
  const values = queuePhases(sort)[phase].keys.map((key) =>
    key === 'id' ? row.id : (row[key] as Date).toISOString(),
  );
  return { sort, phase, values, direction };
}

// Opaque in the URL: base64url JSON; anything that does not decode to a cursor of the sort is ignored.
export function encodeCursor(cursor: QueueCursor): string {
  const { sort, phase, values, direction } = cursor;
  return Buffer.from(JSON.stringify([sort, phase, direction === 'after' ? 1 : 0, ...values]))
    .toString('base64url')
    .replace(/=+$/, '');
}

export function decodeCursor(raw: string | undefined, sort: QueueSort): QueueCursor | null {
  if (!raw || raw.length > 400) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed)) return null;
    const [cursorSort, phase, after, ...values] = parsed;
    const phases = queuePhases(sort);
    if (cursorSort !== sort || !Number.isInteger(phase) || !phases[phase]) return null;
    const keys = phases[phase].keys;
    if (values.length !== keys.length || (after !== 0 && after !== 1)) return null;
    const valid = keys.every((key, index) => {
      const value = values[index];
      if (typeof value !== 'string') return false;
      return key === 'id'
        ? /^[A-Za-z0-9_-]{1,64}$/.test(value)
        : !Number.isNaN(Date.parse(value)) && /^\d{4}-\d\d-\d\dT/.test(value);
    });
    return valid ? { sort, phase, values, direction: after ? 'after' : 'before' } : null;
  } catch {
    return null;
  }
}
