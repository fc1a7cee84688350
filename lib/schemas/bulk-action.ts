import { z } from 'zod';
import { CLAIM_STATES } from '@/lib/workflow/states';
import { DISMISS_REASONS } from './workflow';
import { recordId, safeText } from './safe-text';

const claimIds = z
  .array(recordId)
  .min(1, 'Choose at least one claim.')
  .max(200, 'Choose at most 200 claims at a time.');

/** POST /api/v1/claims/bulk: assign or move many claims at once. */
export const bulkActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('assign'), claimIds, assigneeId: recordId.nullable() }),
  z.object({
    action: z.literal('move'),
    claimIds,
    to: z.enum(CLAIM_STATES),
    note: safeText().trim().max(4000).optional(),
    reason: z.enum(DISMISS_REASONS).optional(),
  }),
]);
export type BulkActionInput = z.input<typeof bulkActionSchema>;
