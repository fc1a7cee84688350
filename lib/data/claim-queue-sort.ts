import type { ClaimFilters } from '@/lib/schemas/claim-filters';

export type QueueSort = NonNullable<ClaimFilters['sort']>;
export type QueueSortColumn = 'priority' | 'due' | 'age';
export type SortDirection = 'ascending' | 'descending';

export interface SortHeader {
  /** Set only on the column the queue is sorted by. */
  direction: SortDirection | undefined;
  /** The queue sorted by this column: the next order in its cycle, filters kept, back to page 1. */
  href: string;
}

export const DEFAULT_QUEUE_SORT: QueueSort = 'updated';

// The orders a header cycles through when activated, first one first. Age counts from the last update.
const COLUMN_ORDERS: Record<
  QueueSortColumn,
  readonly { sort: QueueSort; direction: SortDirection }[]
> = {
  age: [
    { sort: 'updated', direction: 'ascending' },
    { sort: 'oldest', direction: 'descending' },
  ],
  priority: [{ sort: 'priority', direction: 'descending' }],
  due: [{ sort: 'due', direction: 'ascending' }],
};

function queueHref(path: string, filters: ClaimFilters, sort: QueueSort): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && key !== 'sort' && key !== 'page') params.set(key, String(value));
  }
  if (sort !== DEFAULT_QUEUE_SORT) params.set('sort', sort);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** Direction and link of each sortable queue column, for headers that announce their sort (aria-sort). */
export function queueSortHeaders(
  path: string,
  filters: ClaimFilters,
): Record<QueueSortColumn, SortHeader> {
  const current = filters.sort ?? DEFAULT_QUEUE_SORT;
  const header = (column: QueueSortColumn): SortHeader => {
    const orders = COLUMN_ORDERS[column];
    const at = orders.findIndex((order) => order.sort === current);
    const next = orders[(at + 1) % orders.length];
    return {
      direction: at >= 0 ? orders[at].direction : undefined,
      href: queueHref(path, filters, next.sort),
    };
  };
  return { age: header('age'), priority: header('priority'), due: header('due') };
}
