// Every claim state and every move between them: the one source of truth for the workflow.
// Per-state tables are Record<ClaimState, …>: a state added to prisma/schema.prisma fails to
// compile until each of them says what the state does.
import type { Permission } from '@/lib/auth/permissions';
import { ClaimState } from '@/lib/generated/prisma/enums';

/** Every state, in the order prisma/schema.prisma declares them (the order screens list them in). */
export const CLAIM_STATES = Object.values(ClaimState);

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
  | 'dismiss-reason'
  | 'source-and-verdict'
  | 'note'
  | 'correction-note-if-republishing'
  | 'family-verdict';

export interface Move {
  from: ClaimState;
  to: ClaimState;
  /** The verb the UI and audit trail use. */
  action: string;
  permission: Permission;
  requires: Precondition[];
}

/**
 * A claim confirmed to be another appearance of a claim with a published verdict skips sourcing and
 * verifying: it takes that verdict and its sources (lib/workflow/service.ts submitFamilyVerdict) and
 * goes to review. From VERIFYING the ordinary "submit for review" does the same.
 */
const FAMILY_VERDICT_MOVE = {
  to: 'IN_REVIEW',
  action: 'submit the family verdict for review',
  permission: 'claims.propose',
  requires: ['family-verdict'],
} as const satisfies Omit<Move, 'from'>;

/** The moves out of each state, in the order the claim page offers them. */
// Approval (IN_REVIEW -> APPROVED) is not listed: it happens through reviews, when approvals reach the quorum.
const MOVES_FROM: Record<ClaimState, Omit<Move, 'from'>[]> = {
  EXTRACTED: [
    { to: 'SOURCING', action: 'start sourcing', permission: 'claims.triage', requires: [] },
    {
      to: 'DISMISSED',
      action: 'dismiss',
      permission: 'claims.triage',
      requires: ['dismiss-reason'],
    },
    FAMILY_VERDICT_MOVE,
  ],
  SOURCING: [
    { to: 'VERIFYING', action: 'start verifying', permission: 'claims.work', requires: [] },
    FAMILY_VERDICT_MOVE,
  ],
  VERIFYING: [
    {
      to: 'IN_REVIEW',
      action: 'submit for review',
      permission: 'claims.work',
      requires: ['source-and-verdict'],
    },
  ],
  IN_REVIEW: [
    { to: 'VERIFYING', action: 'request changes', permission: 'claims.review', requires: ['note'] },
  ],
  APPROVED: [
    {
      to: 'PUBLISHED',
      action: 'publish',
      permission: 'claims.publish',
      requires: ['correction-note-if-republishing'],
    },
  ],
  PUBLISHED: [
    {
      to: 'VERIFYING',
      action: 'reopen for correction',
      permission: 'claims.publish',
      requires: ['note'],
    },
  ],
  DISMISSED: [{ to: 'EXTRACTED', action: 'reopen', permission: 'claims.triage', requires: [] }],
};

export const MOVES: readonly Move[] = CLAIM_STATES.flatMap((from) =>
  MOVES_FROM[from].map((move) => ({ from, ...move })),
);

export function findMove(from: ClaimState, to: ClaimState): Move | undefined {
  return MOVES.find((move) => move.from === from && move.to === to);
}

export function movesFrom(from: ClaimState): Move[] {
  return MOVES.filter((move) => move.from === from);
}

/** What may still change in each state, and whether the claim's work is finished. */
interface StateRules {
  /** The claim's words (span, split, merge) may change only before review; after that, reopen it first. */
  spanEditable: boolean;
  /** Sources and the proposed verdict are worked on in these states. */
  evidenceOpen: boolean;
  /**
   * From submission for review on, what the verdict covers (text, span, speaker, role, sources, verdict) is frozen as
   * reviewers see it, so publication snapshots only what they approved; lib/data/claim-version.ts enforces it.
   */
  contentLocked: boolean;
  /** Nothing is left to do: counted as done on the article and left out of "my claims". */
  finished: boolean;
}

const STATE_RULES: Record<ClaimState, StateRules> = {
  EXTRACTED: { spanEditable: true, evidenceOpen: false, contentLocked: false, finished: false },
  SOURCING: { spanEditable: true, evidenceOpen: true, contentLocked: false, finished: false },
  VERIFYING: { spanEditable: true, evidenceOpen: true, contentLocked: false, finished: false },
  IN_REVIEW: { spanEditable: false, evidenceOpen: false, contentLocked: true, finished: false },
  APPROVED: { spanEditable: false, evidenceOpen: false, contentLocked: true, finished: false },
  PUBLISHED: { spanEditable: false, evidenceOpen: false, contentLocked: true, finished: true },
  DISMISSED: { spanEditable: false, evidenceOpen: false, contentLocked: false, finished: true },
};

const statesWhere = (rule: keyof StateRules): readonly ClaimState[] =>
  CLAIM_STATES.filter((state) => STATE_RULES[state][rule]);

export const SPAN_EDITABLE_STATES = statesWhere('spanEditable');
export const EVIDENCE_STATES = statesWhere('evidenceOpen');
export const CONTENT_LOCKED_STATES = statesWhere('contentLocked');
export const FINISHED_STATES = statesWhere('finished');
