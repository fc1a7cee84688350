import type { ClaimState } from '@/lib/generated/prisma/enums';

/** The states of a claim still on the desk (the backlog). */
export const OPEN_STATES = [
  'EXTRACTED',
  'SOURCING',
  'VERIFYING',
  'IN_REVIEW',
  'APPROVED',
] as const satisfies readonly ClaimState[];
