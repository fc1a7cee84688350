import { describe, expect, it } from 'vitest';
import { queueSortHeaders } from '@/lib/data/claim-queue-sort';

const path = '/newsroom/claims';

describe('claim queue sort headers', () => {
  it('marks Age ascending by default (most recently updated first) and no other column', () => {
    const headers = queueSortHeaders(path, {});
    expect(headers.age.direction).toBe('ascending');
    expect(headers.priority.direction).toBeUndefined();
    expect(headers.due.direction).toBeUndefined();
  });

  it('links each unsorted column to its first order', () => {
    const headers = queueSortHeaders(path, {});
    expect(headers.priority.href).toBe('/newsroom/claims?sort=priority');
    expect(headers.due.href).toBe('/newsroom/claims?sort=due');
  });

  it('toggles Age between newest and oldest first', () => {
    expect(queueSortHeaders(path, {}).age.href).toBe('/newsroom/claims?sort=oldest');
    const oldest = queueSortHeaders(path, { sort: 'oldest' });
    expect(oldest.age).toEqual({ direction: 'descending', href: '/newsroom/claims' });
  });

  it('marks the sorted column with its direction', () => {
    expect(queueSortHeaders(path, { sort: 'priority' }).priority.direction).toBe('descending');
    expect(queueSortHeaders(path, { sort: 'due' }).due.direction).toBe('ascending');
    expect(queueSortHeaders(path, { sort: 'due' }).age.direction).toBeUndefined();
  });

  it('keeps the filters and goes back to the first page', () => {
    const headers = queueSortHeaders(path, { state: 'SOURCING', q: 'wheat', page: 3 });
    const url = new URL(headers.due.href, 'http://x');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      state: 'SOURCING',
      q: 'wheat',
      sort: 'due',
    });
  });
});
