import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { updateClaim } from '@/lib/data/claim-edits';
import { db } from '@/lib/db';
import { isDomainError } from '@/lib/errors';
import { bulkActionSchema } from '@/lib/schemas/bulk-action';
import { transitionClaim } from './service';

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
