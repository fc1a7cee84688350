import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { sourceSchema, verdictSchema } from '@/lib/schemas/claim';
import { EVIDENCE_STATES } from '@/lib/workflow/states';
import { updateClaimAtVersion } from './claim-version';
import { sourceSelect } from './claims';

const WORKING_STATES = [...EVIDENCE_STATES];

export async function addSource(actor: SessionUser | null, claimId: string, input: unknown) {
  const user = assertCan(actor, 'sources.add');
  const { version, ...source } = sourceSchema.parse(input);
  return db.$transaction(async (tx) => {
    const newVersion = await updateClaimAtVersion(
      tx,
      { id: claimId, version, states: WORKING_STATES },
      {},
      { changesVerdictContent: true },
    );
    const created = await tx.source.create({
      data: {
        claimId,
        addedById: user.id,
        url: source.url,
        title: source.title,
        kind: source.kind,
        stance: source.stance,
        note: source.note || null,
      },
      select: sourceSelect,
    });
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'claim',
      entityId: claimId,
      action: 'claim.source_add',
      after: {
        sourceId: created.id,
        url: created.url,
        stance: created.stance,
        version: newVersion,
      },
    });
    return { id: claimId, version: newVersion, source: created };
  });
}

export async function proposeVerdict(actor: SessionUser | null, claimId: string, input: unknown) {
  const user = assertCan(actor, 'claims.propose');
  const { version, rating, summary, explanation } = verdictSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await tx.claim.findUnique({
      where: { id: claimId },
      select: { rating: true, summary: true },
    });
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
      before: before ?? undefined,
      after: { rating, summary, version: newVersion },
    });
    return { id: claimId, version: newVersion };
  });
}
