import { z } from 'zod';
import { recordId, recordVersion } from './safe-text';

export const MATCH_DECISIONS = ['confirm', 'reject'] as const;

/** The journalist's answer to a "seen before" suggestion. */
export const matchDecisionSchema = z.object({
  decision: z.enum(MATCH_DECISIONS, { message: 'decision must be confirm or reject' }),
});
export type MatchDecisionInput = z.infer<typeof matchDecisionSchema>;

/** Take the published verdict of another appearance in the claim's family, at the version seen. */
export const familyVerdictSchema = z.object({
  publicationId: recordId,
  version: recordVersion,
});
export type FamilyVerdictInput = z.infer<typeof familyVerdictSchema>;
