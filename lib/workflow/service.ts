import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordAudit } from '@/lib/audit';
import { staleClaimVersion, updateClaimAtVersion } from '@/lib/data/claim-version';
import { db } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import type { ClaimState, Prisma } from '@/lib/generated/prisma/client';
import { familyVerdictSchema } from '@/lib/schemas/claim-match';
import { notifyClaimMove } from '@/lib/notify/claim-events';
import { reviewSchema, transitionSchema, type TransitionInput } from '@/lib/schemas/workflow';
import { decideMove, decideReview, type Refusal } from './decide';
import { loadClaimFacts, type ClaimFactsWithVersion } from './claim-facts';
import { copyFamilyVerdict } from './family-verdict';
import { createPublication } from './publication-snapshot';
import { recordReviewSnapshot } from './review-snapshot';

export interface WorkflowResult {
  id: string;
  state: ClaimState;
  version: number;
  publicationId?: string;
}

function throwRefusal(refusal: Refusal): never {
  throw new DomainError(refusal.code, refusal.message);
}

/**
 * Moves a claim to another state: checks the version, the move, the role and its preconditions;
 * state and audit commit together.
 */
export async function transitionClaim(
  actor: SessionUser | null,
  claimId: string,
  input: unknown,
): Promise<WorkflowResult> {
  const user = assertCan(actor, 'claims.view');
  const request = transitionSchema.parse(input);
  return db.$transaction((tx) => moveClaimInTransaction(tx, user, claimId, request));
}

/**
 * The same move inside a caller's transaction, for a change that includes one (a merge dismisses
 * the claims it absorbs); `auditAction` names the change in the trail instead of the move.
 */
export async function moveClaimInTransaction(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  claimId: string,
  request: TransitionInput,
  auditAction?: string,
): Promise<WorkflowResult> {
  const facts = await loadClaimFacts(tx, claimId);
  if (facts.version !== request.version) throw staleClaimVersion(facts.version);
  return applyMove(tx, user, facts, request, auditAction);
}

/** Applies a move to a claim whose facts the caller loaded at the version it checked. */
export async function applyMove(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  facts: ClaimFactsWithVersion,
  request: TransitionInput,
  auditAction?: string,
): Promise<WorkflowResult> {
  const claimId = facts.id;
  const decision = decideMove(user.role, facts, request);
  if (!decision.ok) throwRefusal(decision);

  const note = request.note?.trim() || null;
  const data: Prisma.ClaimUncheckedUpdateManyInput = { state: request.to };
  if (request.to === 'DISMISSED') data.dismissReason = request.reason!;
  if (facts.state === 'DISMISSED') data.dismissReason = null;
  // Requesting changes or reopening a published claim starts a new review round.
  if (request.to === 'VERIFYING' && (facts.state === 'IN_REVIEW' || facts.state === 'PUBLISHED'))
    data.reviewRound = facts.reviewRound + 1;
  await updateClaimAtVersion(
    tx,
    { id: facts.id, version: facts.version, states: [facts.state] },
    data,
  );

  if (facts.state === 'IN_REVIEW') {
    // An editor who approved earlier in this round and now requests changes replaces their approval.
    await tx.review.upsert({
      where: {
        claimId_round_reviewerId: { claimId, round: facts.reviewRound, reviewerId: user.id },
      },
      create: {
        claimId,
        reviewerId: user.id,
        round: facts.reviewRound,
        decision: 'REQUEST_CHANGES',
        note,
      },
      update: { decision: 'REQUEST_CHANGES', note },
    });
  }
  if (request.to === 'IN_REVIEW') await recordReviewSnapshot(tx, claimId, facts.reviewRound);
  const publication =
    request.to === 'PUBLISHED'
      ? await createPublication(
          tx,
          claimId,
          facts.reviewRound,
          user.id,
          facts.hasLivePublication ? note : null,
        )
      : null;
  await notifyClaimMove(tx, user, {
    claimId,
    from: facts.state,
    to: request.to,
    note,
    republished: facts.hasLivePublication,
  });
  await recordAudit(tx, {
    actorId: user.id,
    entity: 'claim',
    entityId: claimId,
    action: auditAction ?? `claim.${decision.move.action.replace(/ /g, '_')}`,
    before: { state: facts.state, version: facts.version },
    after: {
      state: request.to,
      version: facts.version + 1,
      ...(note ? { note } : {}),
      ...(request.reason ? { reason: request.reason } : {}),
      ...(publication ? { publicationId: publication.id } : {}),
    },
  });
  return {
    id: claimId,
    state: request.to,
    version: facts.version + 1,
    publicationId: publication?.id,
  };
}

/** An editor's review: approving counts toward the quorum; requesting changes sends the claim back to verifying. */
export async function reviewClaim(
  actor: SessionUser | null,
  claimId: string,
  input: unknown,
): Promise<WorkflowResult> {
  const user = assertCan(actor, 'claims.view');
  const request = reviewSchema.parse(input);
  return db.$transaction(async (tx) => {
    const facts = await loadClaimFacts(tx, claimId);
    if (facts.version !== request.version) throw staleClaimVersion(facts.version);
    const decision = decideReview(user.role, user.id, facts, request.decision, request.note);
    if (!decision.ok) throwRefusal(decision);
    if (request.decision === 'request_changes')
      return applyMove(tx, user, facts, {
        to: 'VERIFYING',
        version: request.version,
        note: request.note,
      });

    const to: ClaimState = decision.approved ? 'APPROVED' : 'IN_REVIEW';
    await updateClaimAtVersion(
      tx,
      { id: facts.id, version: facts.version, states: [facts.state] },
      { state: to },
    );
    await tx.review.create({
      data: {
        claimId,
        reviewerId: user.id,
        round: facts.reviewRound,
        decision: 'APPROVE',
        note: request.note?.trim() || null,
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'claim',
      entityId: claimId,
      action: decision.approved ? 'claim.approve' : 'claim.approval_recorded',
      before: { state: facts.state, version: facts.version, approvals: facts.approverIds.length },
      after: {
        state: to,
        version: facts.version + 1,
        approvals: facts.approverIds.length + 1,
        quorum: facts.quorum,
      },
    });
    if (decision.approved) await notifyClaimMove(tx, user, { claimId, from: facts.state, to });
    return { id: claimId, state: to, version: facts.version + 1 };
  });
}

/**
 * Publishes a verdict for a new appearance without re-checking: the claim takes the live published
 * verdict (and sources) of a claim in its family, citing it, and goes to review like any other.
 */
export async function submitFamilyVerdict(
  actor: SessionUser | null,
  claimId: string,
  input: unknown,
): Promise<WorkflowResult> {
  const user = assertCan(actor, 'claims.propose');
  const request = familyVerdictSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await loadClaimFacts(tx, claimId);
    if (before.version !== request.version) throw staleClaimVersion(before.version);
    const version = await copyFamilyVerdict(tx, user.id, before, request.publicationId);
    const facts = await loadClaimFacts(tx, claimId);
    return applyMove(
      tx,
      user,
      facts,
      { to: 'IN_REVIEW', version, note: `Family verdict of publication ${request.publicationId}` },
      'claim.family_verdict_submit',
    );
  });
}
