import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { conflict, invalid, notFound } from '@/lib/errors';
import { composeStatement, type StatementParts } from '@/lib/extraction/statement';
import type { Prisma } from '@/lib/generated/prisma/client';
import { notifyAssignment } from '@/lib/notify/claim-events';
import {
  claimUpdateSchema,
  mergeClaimsSchema,
  newClaimSchema,
  splitClaimSchema,
} from '@/lib/schemas/claim';
import { moveClaimInTransaction } from '@/lib/workflow/service';
import { SPAN_EDITABLE_STATES } from '@/lib/workflow/states';
import { staleClaimVersion, updateClaimAtVersion } from './claim-version';
import { freeSlugs } from './free-slugs';

const EDITABLE_STATES = [...SPAN_EDITABLE_STATES];

function checkSpan(body: string, start: number, end: number): string {
  if (start < 0 || end > body.length || end <= start)
    throw invalid('The span must lie inside the article text.', {
      end: 'The span must lie inside the article text.',
    });
  const text = body.slice(start, end);
  if (!text.trim()) throw invalid('The span holds no text.', { end: 'The span holds no text.' });
  return text;
}

/**
 * The statement after the span or speaker changed: it follows the extraction while no one has edited
 * it (it still reads as composed from the old parts); an edited statement is kept as written.
 */
function followedStatement(
  before: StatementParts & { statement: string },
  after: StatementParts,
): string | undefined {
  return before.statement === composeStatement(before) ? composeStatement(after) : undefined;
}

const sameValue = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;

async function articleBodyOf(tx: Prisma.TransactionClient, claimId: string) {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: {
      articleId: true,
      start: true,
      end: true,
      text: true,
      statement: true,
      cue: true,
      speaker: true,
      speakerRole: true,
      assigneeId: true,
      dueAt: true,
      priority: true,
      checkworthy: true,
      version: true,
      article: { select: { body: true } },
    },
  });
  if (!claim) throw notFound('Claim');
  return claim;
}

/**
 * Edits a claim's span, speaker, role, assignment, due date or priority at the version the caller saw; an edit
 * that changes nothing leaves the claim, its version and the audit trail as they are.
 */
export async function updateClaim(actor: SessionUser | null, claimId: string, input: unknown) {
  const user = assertCan(actor, 'claims.edit');
  const data = claimUpdateSchema.parse(input);
  if (data.assigneeId !== undefined)
    assertCan(
      user,
      data.assigneeId === user.id || data.assigneeId === null ? 'claims.edit' : 'claims.assign',
    );
  return db.$transaction(async (tx) => {
    const before = await articleBodyOf(tx, claimId);
    const change: Prisma.ClaimUncheckedUpdateManyInput = {};
    const spanChanged =
      data.start !== undefined &&
      data.end !== undefined &&
      (data.start !== before.start || data.end !== before.end);
    if (spanChanged)
      Object.assign(change, {
        start: data.start,
        end: data.end,
        text: checkSpan(before.article.body, data.start!, data.end!),
      });
    for (const key of ['speaker', 'speakerRole', 'dueAt', 'priority', 'checkworthy'] as const)
      if (data[key] !== undefined) Object.assign(change, { [key]: data[key] });
    if (data.statement !== undefined) change.statement = data.statement;
    else if (spanChanged || (data.speaker !== undefined && data.speaker !== before.speaker))
      change.statement = followedStatement(before, {
        text: (change.text as string | undefined) ?? before.text,
        speaker: data.speaker !== undefined ? data.speaker : before.speaker,
        cue: before.cue,
      });
    if (data.assigneeId !== undefined) {
      if (
        data.assigneeId &&
        !(await tx.user.findFirst({
          where: { id: data.assigneeId, disabled: false },
          select: { id: true },
        }))
      ) {
        throw invalid('Assign the claim to an active colleague.', {
          assigneeId: 'Unknown or disabled user.',
        });
      }
      change.assigneeId = data.assigneeId;
    }
    for (const key of Object.keys(change) as (keyof typeof before & keyof typeof change)[])
      if (sameValue(change[key], before[key])) delete change[key];
    if (Object.keys(change).length === 0) {
      if (before.version !== data.version) throw staleClaimVersion(before.version);
      return { id: claimId, version: before.version };
    }
    const version = await updateClaimAtVersion(
      tx,
      { id: claimId, version: data.version, states: spanChanged ? EDITABLE_STATES : undefined },
      change,
    );
    const beforeFields = Object.fromEntries(
      Object.keys(change).map((key) => [key, (before as Record<string, unknown>)[key] ?? null]),
    );
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'claim',
      entityId: claimId,
      action: 'claim.edit',
      before: JSON.parse(JSON.stringify(beforeFields)),
      after: JSON.parse(JSON.stringify({ ...change, version })),
    });
    if (change.assigneeId && data.assigneeId)
      await notifyAssignment(tx, user, claimId, data.assigneeId);
    return { id: claimId, version };
  });
}

/** Adds a claim the extractor missed, from a span of the article text. */
export async function addClaim(actor: SessionUser | null, articleId: string, input: unknown) {
  const user = assertCan(actor, 'claims.edit');
  const data = newClaimSchema.parse(input);
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { body: true, extraction: true },
    });
    if (!article) throw notFound('Article');
    // The extraction job would save its claims beside a hand-made one over the same words.
    if (article.extraction !== 'DONE')
      throw conflict('Wait until the extraction has saved the article’s claims, then add yours.');
    const text = checkSpan(article.body, data.start, data.end);
    const claim = await tx.claim.create({
      data: {
        articleId,
        slug: (await freeSlugs(tx, 'claim', [text]))[0],
        text,
        statement: composeStatement({ text, speaker: data.speaker ?? null, cue: null }),
        start: data.start,
        end: data.end,
        sentenceStart: data.start,
        sentenceEnd: data.end,
        speaker: data.speaker ?? null,
        speakerRole: data.speakerRole ?? null,
        checkworthiness: 1,
        checkworthy: true,
      },
      select: { id: true, version: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'claim',
      entityId: claim.id,
      action: 'claim.add',
      after: { articleId, start: data.start, end: data.end, text },
    });
    return claim;
  });
}

/** Splits a claim in two at an offset inside it; the second half becomes a new claim with the same speaker. */
export async function splitClaim(actor: SessionUser | null, claimId: string, input: unknown) {
  const user = assertCan(actor, 'claims.edit');
  const { version, at } = splitClaimSchema.parse(input);
  return db.$transaction(async (tx) => {
    const claim = await articleBodyOf(tx, claimId);
    if (at <= claim.start || at >= claim.end)
      throw invalid('Split inside the claim’s text.', { at: 'Split inside the claim’s text.' });
    // Neither half keeps the whitespace around the cut.
    const body = claim.article.body;
    const firstEnd = claim.start + body.slice(claim.start, at).trimEnd().length;
    const secondStart =
      at + (body.slice(at, claim.end).length - body.slice(at, claim.end).trimStart().length);
    const firstText = checkSpan(body, claim.start, firstEnd);
    const secondText = checkSpan(body, secondStart, claim.end);
    const newVersion = await updateClaimAtVersion(
      tx,
      { id: claimId, version, states: EDITABLE_STATES },
      {
        end: firstEnd,
        text: firstText,
        statement: followedStatement(claim, { ...claim, text: firstText }),
      },
    );
    const second = await tx.claim.create({
      data: {
        articleId: claim.articleId,
        slug: (await freeSlugs(tx, 'claim', [secondText]))[0],
        text: secondText,
        statement: composeStatement({ ...claim, text: secondText }),
        cue: claim.cue,
        start: secondStart,
        end: claim.end,
        sentenceStart: claim.start,
        sentenceEnd: claim.end,
        speaker: claim.speaker,
        speakerRole: claim.speakerRole,
        checkworthy: claim.checkworthy,
        checkworthiness: 1,
      },
      select: { id: true, version: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'claim',
      entityId: claimId,
      action: 'claim.split',
      before: { start: claim.start, end: claim.end },
      after: { end: firstEnd, version: newVersion, newClaimId: second.id },
    });
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'claim',
      entityId: second.id,
      action: 'claim.add',
      after: { splitFrom: claimId, start: secondStart, end: claim.end, text: secondText },
    });
    return { id: claimId, version: newVersion, newClaim: second };
  });
}

/**
 * Merges claims of one article: the first keeps the joined span; the others are dismissed as
 * duplicates, not deleted.
 */
export async function mergeClaims(actor: SessionUser | null, input: unknown) {
  const user = assertCan(actor, 'claims.edit');
  const { claimIds, versions } = mergeClaimsSchema.parse(input);
  return db.$transaction(async (tx) => {
    const claims = await tx.claim.findMany({
      where: { id: { in: claimIds } },
      select: {
        id: true,
        articleId: true,
        start: true,
        end: true,
        text: true,
        statement: true,
        speaker: true,
        cue: true,
      },
      orderBy: { start: 'asc' },
    });
    if (claims.length !== new Set(claimIds).size) throw notFound('Claim');
    if (new Set(claims.map((c) => c.articleId)).size > 1)
      throw invalid('Only claims from the same article can be merged.');
    const article = await tx.article.findUniqueOrThrow({
      where: { id: claims[0].articleId },
      select: { body: true },
    });
    const [keep, ...rest] = claims;
    const start = keep.start;
    const end = Math.max(...claims.map((c) => c.end));
    const text = checkSpan(article.body, start, end);
    const version = await updateClaimAtVersion(
      tx,
      { id: keep.id, version: versions[keep.id] ?? -1, states: EDITABLE_STATES },
      { start, end, text, statement: followedStatement(keep, { ...keep, text }) },
    );
    // The absorbed claims are dismissed as duplicates by the workflow, so only states it lets dismiss can merge.
    for (const other of rest) {
      await moveClaimInTransaction(
        tx,
        user,
        other.id,
        { to: 'DISMISSED', version: versions[other.id] ?? -1, reason: 'DUPLICATE' },
        'claim.merge',
      );
    }
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'claim',
      entityId: keep.id,
      action: 'claim.merge',
      before: { start: keep.start, end: keep.end },
      after: { start, end, merged: rest.map((c) => c.id), version },
    });
    return { id: keep.id, version };
  });
}
