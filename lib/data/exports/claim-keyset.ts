import type { ClaimFilters } from '@/lib/schemas/claim-filters';
import type { Prisma } from '@/lib/generated/prisma/client';
import { Priority } from '@/lib/generated/prisma/enums';

type KeyField = 'updatedAt' | 'dueAt' | 'id';
type Direction = 'asc' | 'desc';
interface Key {
  field: KeyField;
  direction: Direction;
}

/** One run of the export: the claims matching `where`, in key order, none of the keys null. */
export interface KeysetPhase {
  where: Prisma.ClaimWhereInput;
  keys: Key[];
}

export type KeyRow = { [field in KeyField]: Date | string | null };

const key = (field: KeyField, direction: Direction): Key => ({ field, direction });

// Priority is an enum (no range filter in Prisma) and due dates may be null, so those orders are
// walked as phases of the queue's order (lib/data/claims.ts QUEUE_ORDER), each on non-null keys.
export function keysetPhases(sort: NonNullable<ClaimFilters['sort']>): KeysetPhase[] {
  switch (sort) {
    case 'updated':
      return [{ where: {}, keys: [key('updatedAt', 'desc'), key('id', 'desc')] }];
    case 'oldest':
      return [{ where: {}, keys: [key('updatedAt', 'asc'), key('id', 'asc')] }];
    case 'due':
      return [
        {
          where: { dueAt: { not: null } },
          keys: [key('dueAt', 'asc'), key('updatedAt', 'asc'), key('id', 'asc')],
        },
        { where: { dueAt: null }, keys: [key('updatedAt', 'asc'), key('id', 'asc')] },
      ];
    case 'priority':
      return Object.values(Priority)
        .reverse()
        .map((priority) => ({
          where: { priority },
          keys: [key('updatedAt', 'asc'), key('id', 'asc')],
        }));
  }
}

/** Rows strictly after `last` in the phase's order: (k1 > v1) OR (k1 = v1 AND k2 > v2) OR … */
export function afterRow(keys: Key[], last: KeyRow): Prisma.ClaimWhereInput {
  return {
    OR: keys.map((current, index) => ({
      AND: [
        ...keys.slice(0, index).map(({ field }) => ({ [field]: { equals: last[field] } })),
        { [current.field]: { [current.direction === 'asc' ? 'gt' : 'lt']: last[current.field] } },
      ],
    })),
  };
}

export function orderOf(keys: Key[]): Prisma.ClaimOrderByWithRelationInput[] {
  return keys.map(({ field, direction }) => ({ [field]: direction }));
}
