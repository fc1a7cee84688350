import { describe, expect, it } from 'vitest';
import {
  cursorFor,
  decodeCursor,
  encodeCursor,
  phaseOf,
  queuePhases,
  type KeyRow,
} from '@/lib/data/queue-keyset';

const row: KeyRow = {
  id: 'cmx3ctfce0000ss7d27razii8',
  updatedAt: new Date('2026-11-30T10:00:00.123Z'),
  dueAt: null,
  priority: 'HIGH',
};

describe('queue keyset phases', () => {
  it('walks every sort in phases whose keys all run one way and end on the id', () => {
    for (const sort of ['updated', 'oldest', 'due', 'priority'] as const)
      for (const phase of queuePhases(sort)) expect(phase.keys.at(-1)).toBe('id');
    expect(queuePhases('updated')).toEqual([
      { where: {}, keys: ['updatedAt', 'id'], direction: 'desc' },
    ]);
    expect(queuePhases('due').map((p) => p.where.dueAt)).toEqual(['set', 'null']);
    expect(queuePhases('priority').map((p) => p.where.priority)).toEqual([
      'URGENT',
      'HIGH',
      'NORMAL',
      'LOW',
    ]);
  });

  it('puts a row in the phase of its due date or priority', () => {
    expect(phaseOf('due', row)).toBe(1);
    expect(phaseOf('due', { ...row, dueAt: new Date() })).toBe(0);
    expect(phaseOf('priority', row)).toBe(1);
    expect(phaseOf('updated', row)).toBe(0);
  });
});

describe('queue cursors', () => {
  it('round-trips through an opaque URL-safe string', () => {
    for (const sort of ['updated', 'oldest', 'due', 'priority'] as const) {
      const cursor = cursorFor(sort, { ...row, dueAt: new Date('2026-12-01T17:00:00Z') }, 'after');
      const encoded = encodeCursor(cursor);
      expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(encoded, sort)).toEqual(cursor);
    }
    const back = cursorFor('updated', row, 'before');
    expect(decodeCursor(encodeCursor(back), 'updated')).toEqual({
      sort: 'updated',
      phase: 0,
      values: [row.updatedAt.toISOString(), row.id],
      direction: 'before',
    });
  });

  it('ignores a cursor of another sort, a tampered one and garbage', () => {
    const encoded = encodeCursor(cursorFor('updated', row, 'after'));
    expect(decodeCursor(encoded, 'oldest')).toBeNull();
    expect(decodeCursor(undefined, 'updated')).toBeNull();
    expect(decodeCursor('not-base64-json', 'updated')).toBeNull();
    const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    expect(decodeCursor(forge(['updated', 0, 1, 'yesterday', row.id]), 'updated')).toBeNull();
    expect(
      decodeCursor(forge(['updated', 0, 1, row.updatedAt.toISOString(), "x' OR 1=1"]), 'updated'),
    ).toBeNull();
    expect(decodeCursor(forge(['due', 5, 1, row.id]), 'due')).toBeNull();
    expect(
      decodeCursor(forge(['updated', 0, 1, row.updatedAt.toISOString()]), 'updated'),
    ).toBeNull();
    expect(decodeCursor('x'.repeat(500), 'updated')).toBeNull();
  });
});
