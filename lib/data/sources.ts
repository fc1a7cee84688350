import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { sourceRemoveSchema, sourceSchema } from '@/lib/schemas/claim';
import { recordId } from '@/lib/schemas/safe-text';
import { EVIDENCE_STATES } from '@/lib/workflow/states';
import { updateClaimAtVersion } from './claim-version';
import { sourceSelect } from './claim-detail';

const WORKING_STATES = [...EVIDENCE_STATES];

type SourceFields = Omit<ReturnType<typeof sourceSchema.parse>, 'version'>;

const sourceData = (source: SourceFields) => ({
  url: source.url,
  title: source.title,
  kind: source.kind,
  stance: source.stance,
  note: source.note || null,
  accessedOn: source.accessedOn ? new Date(`${source.accessedOn}T00:00:00Z`) : null,
  archiveUrl: source.archiveUrl || null,
});

/** What the audit trail keeps of a source: enough to say what it was and what changed. */
const auditView = (source: Prisma.SourceGetPayload<{ select: typeof sourceSelect }>) => ({
  sourceId: source.id,
  url: source.url,
  title: source.title,
  kind: source.kind,
  stance: source.stance,
  note: source.note,
  accessedOn: source.accessedOn?.toISOString().slice(0, 10) ?? null,
  archiveUrl: source.archiveUrl,
});

// Adding, editing or removing a source changes what the verdict rests on: each bumps the claim's
// version and is refused while the claim's content is locked (in review, approved, published).
// Publications keep their own copy of the sources, so none of this reaches what readers see.

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
      data: { claimId, addedById: user.id, ...sourceData(source) },
      select: sourceSelect,
    });
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'claim',
      entityId: claimId,
      action: 'claim.source_add',
      after: { ...auditView(created), version: newVersion },
    });
    return { id: claimId, version: newVersion, source: created };
  });
}

/** The source's claim; with `claimId` (the API's path), a source of another claim is not found. */
async function claimOfSource(tx: Prisma.TransactionClient, sourceId: string, claimId?: string) {
  if (!recordId.safeParse(sourceId).success) throw notFound('Source');
  const source = await tx.source.findUnique({
    where: { id: sourceId },
    select: { ...sourceSelect, claimId: true },
  });
  if (!source || (claimId && source.claimId !== claimId)) throw notFound('Source');
  return { source, claimId: source.claimId };
}

/** Replaces a source's fields (all of them, as the form and API send them). */
export async function updateSource(
  actor: SessionUser | null,
  sourceId: string,
  input: unknown,
  { claimId: expectedClaimId }: { claimId?: string } = {},
) {
  const user = assertCan(actor, 'sources.edit');
  const { version, ...fields } = sourceSchema.parse(input);
  return db.$transaction(async (tx) => {
    const { source: before, claimId } = await claimOfSource(tx, sourceId, expectedClaimId);
    const newVersion = await updateClaimAtVersion(
      tx,
      { id: claimId, version, states: WORKING_STATES },
      {},
      { changesVerdictContent: true },
    );
    const after = await tx.source.update({
      where: { id: sourceId },
      data: sourceData(fields),
      select: sourceSelect,
    });
    const was = auditView(before);
    const now = auditView(after);
    const changed = (Object.keys(now) as (keyof typeof now)[]).filter((k) => was[k] !== now[k]);
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'claim',
      entityId: claimId,
      action: 'claim.source_edit',
      before: { sourceId, title: was.title, ...pick(was, changed) },
      after: { sourceId, title: now.title, ...pick(now, changed), version: newVersion },
    });
    return { id: claimId, version: newVersion, source: after };
  });
}

export async function removeSource(
  actor: SessionUser | null,
  sourceId: string,
  input: unknown,
  { claimId: expectedClaimId }: { claimId?: string } = {},
) {
  const user = assertCan(actor, 'sources.edit');
  const { version } = sourceRemoveSchema.parse(input);
  return db.$transaction(async (tx) => {
    const { source, claimId } = await claimOfSource(tx, sourceId, expectedClaimId);
    const newVersion = await updateClaimAtVersion(
      tx,
      { id: claimId, version, states: WORKING_STATES },
      {},
      { changesVerdictContent: true },
    );
    await tx.source.delete({ where: { id: sourceId } });
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'claim',
      entityId: claimId,
      action: 'claim.source_remove',
      before: auditView(source),
      after: { version: newVersion },
    });
    return { id: claimId, version: newVersion };
  });
}

function pick<T extends object>(value: T, keys: (keyof T)[]) {
  return Object.fromEntries(keys.map((key) => [key, value[key]]));
}
