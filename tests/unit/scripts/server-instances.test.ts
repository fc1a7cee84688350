import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { serverInstances } from '@/scripts/lib/server-instances';

const REDIS_URL = 'redis://127.0.0.1:6379';

describe('serverInstances', () => {
  it('runs one instance unless FACTDESK_INSTANCES asks for more', () => {
    expect(serverInstances({})).toBe(1);
    expect(serverInstances({ REDIS_URL })).toBe(1);
    expect(serverInstances({ FACTDESK_INSTANCES: '1' })).toBe(1);
  });

  it('takes a count or `auto` (one per core) when the instances share Redis', () => {
    expect(serverInstances({ FACTDESK_INSTANCES: '3', REDIS_URL })).toBe(3);
    expect(serverInstances({ FACTDESK_INSTANCES: 'auto', REDIS_URL })).toBe(availableParallelism());
  });

  it('refuses several instances without a shared cache, and counts that are not counts', () => {
    expect(() => serverInstances({ FACTDESK_INSTANCES: '2' })).toThrow(/REDIS_URL/);
    for (const value of ['0', '-1', '2.5', 'many', '65'])
      expect(() => serverInstances({ FACTDESK_INSTANCES: value, REDIS_URL }), value).toThrow(
        /FACTDESK_INSTANCES/,
      );
  });
});
