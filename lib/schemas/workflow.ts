import { z } from 'zod';
import { ClaimState, DismissReason, ReviewDecision } from '@/lib/generated/prisma/enums';
import { CLAIM_STATES } from '@/lib/workflow/states';
import { recordVersion, safeText } from './safe-text';

const orList = (words: string[]) =>
  new Intl.ListFormat('en', { type: 'disjunction' }).format(words);

export const DISMISS_REASONS = Object.values(DismissReason);
export const DISMISS_REASON_LABELS: Record<DismissReason, string> = {
  OPINION: 'Opinion',
  NOT_CHECKABLE: 'Not checkable',
  DUPLICATE: 'Duplicate',
  NOT_CHECK_WORTHY: 'Not check-worthy',
};
/** "opinion, not checkable, or duplicate", for messages asking for a reason. */
export const DISMISS_REASON_WORDS = orList(
  DISMISS_REASONS.map((reason) => DISMISS_REASON_LABELS[reason].toLowerCase()),
);

/** The API and the review form spell a review decision in lower case: approve, request_changes. */
export type ReviewDecisionInput = Lowercase<ReviewDecision>;
const REVIEW_DECISION_INPUTS = Object.values(ReviewDecision).map(
  (decision) => decision.toLowerCase() as ReviewDecisionInput,
);

const optionalText = (max: number) => safeText().trim().max(max).optional().nullable();

export const transitionSchema = z.object({
  to: z.enum(ClaimState, { message: `to must be one of ${CLAIM_STATES.join(', ')}` }),
  version: recordVersion,
  note: optionalText(4000),
  reason: z
    .enum(DismissReason, { message: `reason must be ${DISMISS_REASON_WORDS}` })
    .optional()
    .nullable(),
});
export type TransitionInput = z.infer<typeof transitionSchema>;

/** The workspace's dismiss form: a transition to DISMISSED that cannot leave out the reason. */
export const dismissSchema = transitionSchema.extend({
  to: z.literal('DISMISSED'),
  reason: z.enum(DismissReason, { message: 'Choose why the claim is dismissed.' }),
});
export type DismissInput = z.infer<typeof dismissSchema>;

export const reviewSchema = z.object({
  decision: z.enum(REVIEW_DECISION_INPUTS, {
    message: `decision must be ${orList(REVIEW_DECISION_INPUTS)}`,
  }),
  note: optionalText(4000),
  version: recordVersion,
});
export type ReviewInput = z.infer<typeof reviewSchema>;

export const withdrawSchema = z.object({
  version: recordVersion,
  note: safeText()
    .trim()
    .min(1, 'Say why the verdict is withdrawn (readers see that it was).')
    .max(4000),
});
export type WithdrawInput = z.infer<typeof withdrawSchema>;
