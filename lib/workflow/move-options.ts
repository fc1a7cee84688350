import { can } from '@/lib/auth/permissions';
import type { ClaimState, Role } from '@/lib/generated/prisma/enums';
import { movesFrom } from './states';

export interface MoveOption {
  to: ClaimState;
  action: string;
  needsReason: boolean;
  needsNote: boolean;
  noteLabel: string;
  primary: boolean;
}

/** The label of the note field, by the state the move leads to. */
const NOTE_LABELS: Record<ClaimState, string> = {
  EXTRACTED: 'Note',
  SOURCING: 'Note',
  VERIFYING: 'Why reopen? (shown in the timeline)',
  IN_REVIEW: 'Note',
  APPROVED: 'Note',
  PUBLISHED: 'Correction note (what changed and why)',
  DISMISSED: 'Note',
};

/** The moves this role may offer from a state, for the claim page's "Next step". */
export function moveOptionsFor(
  role: Role,
  state: ClaimState,
  hasLivePublication: boolean,
): MoveOption[] {
  return (
    movesFrom(state)
      // Review moves live in the review panel; the family-verdict move in "Seen before".
      .filter((move) => move.from !== 'IN_REVIEW' && !move.requires.includes('family-verdict'))
      .filter((move) => can(role, move.permission))
      .map((move, index) => ({
        to: move.to,
        action: move.action,
        needsReason: move.requires.includes('dismiss-reason'),
        needsNote:
          move.requires.includes('note') ||
          (move.requires.includes('correction-note-if-republishing') && hasLivePublication),
        noteLabel: NOTE_LABELS[move.to],
        primary: index === 0 && move.to !== 'DISMISSED',
      }))
  );
}
