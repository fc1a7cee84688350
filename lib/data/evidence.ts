import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { verdictSchema } from '@/lib/schemas/claim';
import { EVIDENCE_STATES } from '@/lib/workflow/states';
import { updateClaimAtVersion } from './claim-version';
import { assertRatingUsable } from './rating-scale';

const WORKING_STATES = [...EVIDENCE_STATES];

export async function proposeVerdict(actor: SessionUser | null, claimId: string, input: unknown) {
  const user = assertCan(actor, 'claims.propose');
  const { version, rating, summary, explanation } = verdictSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await tx.claim.findUnique({
      where: { id: claimId },
      select: { rating: true, summary: true, explanation: true },
    });
    await assertRatingUsable(tx, rating, before?.rating ?? null);
    const newVersion = await updateClaimAtVersion(
      tx,
      { id: claimId, version, states: WORKING_STATES },
      // A verdict of one's own no longer cites a family verdict.
      { rating, summary, explanation, verdictAuthorId: user.id, citedPublicationId: null },
    );
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'claim',
      entityId: claimId,
      action: 'claim.verdict_propose',
      before: before ? { rating: before.rating, summary: before.summary } : undefined,
      after: {
        rating,
        summary,
        version: newVersion,
        ...(before?.explanation && before.explanation !== explanation
          ? { explanationChanged: true }
          : {}),
      },
    });
    return { id: claimId, version: newVersion };
  });
}
