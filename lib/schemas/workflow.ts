import { z } from 'zod';
import { CLAIM_STATES } from '@/lib/workflow/states';

export const DISMISS_REASONS = ['OPINION', 'NOT_CHECKABLE', 'DUPLICATE'] as const;
export const DISMISS_REASON_LABELS: Record<(typeof DISMISS_REASONS)[number], string> = {
  OPINION: 'Opinion',
  NOT_CHECKABLE: 'Not checkable',
  DUPLICATE: 'Duplicate',
};

const version = z.number({ message: 'version is required' }).int().positive();
const optionalText = (max: number) => z.string().trim().max(max).optional().nullable();

export const transitionSchema = z.object({
  to: z.enum(CLAIM_STATES, { message: `to must be one of ${CLAIM_STATES.join(', ')}` }),
  version,
  note: optionalText(4000),
  reason: z
    .enum(DISMISS_REASONS, { message: 'reason must be opinion, not checkable or duplicate' })
    .optional()
    .nullable(),
});
export type TransitionInput = z.infer<typeof transitionSchema>;

export const reviewSchema = z.object({
  decision: z.enum(['approve', 'request_changes'], {
    message: 'decision must be approve or request_changes',
  }),
  note: optionalText(4000),
  version,
});
export type ReviewInput = z.infer<typeof reviewSchema>;

export const withdrawSchema = z.object({
  version,
  note: z
    .string()
    .trim()
    .min(1, 'Say why the verdict is withdrawn (readers see that it was).')
    .max(4000),
});
export type WithdrawInput = z.infer<typeof withdrawSchema>;
