import type { ClaimState } from '@/lib/generated/prisma/enums';

/** What the claim editing controls need to know about a claim (no more). */
export interface EditableClaim {
  id: string;
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerRole: string | null;
  state: ClaimState;
  version: number;
}

// Mirrors lib/data/claim-edits.ts: the words of a claim change only before review.
export const SPAN_EDITABLE_STATES: ClaimState[] = ['EXTRACTED', 'SOURCING', 'VERIFYING'];

export const canEditSpan = (claim: EditableClaim) => SPAN_EDITABLE_STATES.includes(claim.state);
