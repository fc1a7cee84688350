// Every claim state and every move between them: the one source of truth for the workflow.
import type { Permission } from '@/lib/auth/permissions';
import type { ClaimState } from '@/lib/generated/prisma/enums';

export const CLAIM_STATES = [
  'EXTRACTED',
  'SOURCING',
  'VERIFYING',
  'IN_REVIEW',
  'APPROVED',
  'PUBLISHED',
  'DISMISSED',
] as const satisfies readonly ClaimState[];

export const STATE_LABELS: Record<ClaimState, string> = {
  EXTRACTED: 'Extracted',
  SOURCING: 'Sourcing',
  VERIFYING: 'Verifying',
  IN_REVIEW: 'In review',
  APPROVED: 'Approved',
  PUBLISHED: 'Published',
  DISMISSED: 'Dismissed',
};

/** What must hold for a move, checked against the claim as it is in the database. */
export type Precondition =
  'dismiss-reason' | 'source-and-verdict' | 'note' | 'correction-note-if-republishing';

export interface Move {
  from: ClaimState;
  to: ClaimState;
  /** The verb the UI and audit trail use. */
  action: string;
  permission: Permission;
  requires: Precondition[];
}

// Approval (IN_REVIEW -> APPROVED) is not listed: it happens through reviews, when approvals reach the quorum.
export const MOVES: readonly Move[] = [
  {
    from: 'EXTRACTED',
    to: 'SOURCING',
    action: 'start sourcing',
    permission: 'claims.triage',
    requires: [],
  },
  {
    from: 'EXTRACTED',
    to: 'DISMISSED',
    action: 'dismiss',
    permission: 'claims.triage',
    requires: ['dismiss-reason'],
  },
  {
    from: 'DISMISSED',
    to: 'EXTRACTED',
    action: 'reopen',
    permission: 'claims.triage',
    requires: [],
  },
  {
    from: 'SOURCING',
    to: 'VERIFYING',
    action: 'start verifying',
    permission: 'claims.work',
    requires: [],
  },
  {
    from: 'VERIFYING',
    to: 'IN_REVIEW',
    action: 'submit for review',
    permission: 'claims.work',
    requires: ['source-and-verdict'],
  },
  {
    from: 'IN_REVIEW',
    to: 'VERIFYING',
    action: 'request changes',
    permission: 'claims.review',
    requires: ['note'],
  },
  {
    from: 'APPROVED',
    to: 'PUBLISHED',
    action: 'publish',
    permission: 'claims.publish',
    requires: ['correction-note-if-republishing'],
  },
  {
    from: 'PUBLISHED',
    to: 'VERIFYING',
    action: 'reopen for correction',
    permission: 'claims.publish',
    requires: ['note'],
  },
];

export function findMove(from: ClaimState, to: ClaimState): Move | undefined {
  return MOVES.find((move) => move.from === from && move.to === to);
}

export function movesFrom(from: ClaimState): Move[] {
  return MOVES.filter((move) => move.from === from);
}

/** A claim's words (span, split, merge) may change only before review; after that, reopen it first. */
export const SPAN_EDITABLE_STATES: readonly ClaimState[] = ['EXTRACTED', 'SOURCING', 'VERIFYING'];

/** Sources and the proposed verdict are worked on while sourcing and verifying. */
export const EVIDENCE_STATES: readonly ClaimState[] = ['SOURCING', 'VERIFYING'];
