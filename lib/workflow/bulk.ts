import 'server-only';
import { z } from 'zod';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { updateClaim } from '@/lib/data/claim-edits';
import { db } from '@/lib/db';
import { isDomainError } from '@/lib/errors';
import { DISMISS_REASONS } from '@/lib/schemas/workflow';
import { transitionClaim } from './service';
import { CLAIM_STATES } from './states';

const claimIds = z
  .array(z.string().min(1))
  .min(1, 'Choose at least one claim.')
  .max(200, 'Choose at most 200 claims at a time.');

export const bulkActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('assign'), claimIds, assigneeId: z.string().min(1).nullable() }),
  z.object({
    action: z.literal('move'),
    claimIds,
    to: z.enum(CLAIM_STATES),
    note: z.string().trim().max(4000).optional(),
    reason: z.enum(DISMISS_REASONS).optional(),
  }),
]);

export interface BulkOutcome {
  claimId: string;
  ok: boolean;
  message: string;
}

/** Applies one action to many claims, each checked on its own; the result says which changed and why others did not. */
export async function bulkAction(
  actor: SessionUser | null,
  input: unknown,
): Promise<BulkOutcome[]> {
  const user = assertCan(actor, 'claims.bulk');
  const request = bulkActionSchema.parse(input);
  const versions = new Map(
    (
      await db.claim.findMany({
        where: { id: { in: request.claimIds } },
        select: { id: true, version: true },
      })
    ).map((c) => [c.id, c.version]),
  );
  const outcomes: BulkOutcome[] = [];
  for (const claimId of request.claimIds) {
    const version = versions.get(claimId);
    if (version === undefined) {
      outcomes.push({ claimId, ok: false, message: 'Claim not found.' });
      continue;
    }
    try {
      if (request.action === 'assign') {
        await updateClaim(user, claimId, { version, assigneeId: request.assigneeId });
        outcomes.push({
          claimId,
          ok: true,
          message: request.assigneeId ? 'Assigned.' : 'Unassigned.',
        });
      } else {
        const result = await transitionClaim(user, claimId, {
          to: request.to,
          version,
          note: request.note,
          reason: request.reason,
        });
        outcomes.push({ claimId, ok: true, message: `Moved to ${result.state}.` });
      }
    } catch (error) {
      if (!isDomainError(error)) throw error;
      outcomes.push({ claimId, ok: false, message: error.message });
    }
  }
  return outcomes;
}
