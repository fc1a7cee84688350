// Pure rules: may this user make this move or review, given the claim's facts? No I/O here.
import { can, rolesWith } from '@/lib/auth/permissions';
import type { ClaimState, Role } from '@/lib/generated/prisma/enums';
import { DISMISS_REASON_WORDS, type ReviewDecisionInput } from '@/lib/schemas/workflow';
import { findMove, movesFrom, STATE_LABELS, type Move } from './states';

export interface ClaimFacts {
  state: ClaimState;
  sourceCount: number;
  hasProposedVerdict: boolean;
  hasLivePublication: boolean;
  /** The claim carries a family verdict: it cites another appearance's live publication. */
  citesLivePublication: boolean;
  verdictAuthorId: string | null;
  /** Ids of editors who approved in the current review round. */
  approverIds: string[];
  quorum: number;
  /** The verdict's author never counts toward its own approval. */
  twoPersonRule: boolean;
}

export interface MoveRequest {
  to: ClaimState;
  note?: string | null;
  reason?: string | null;
}

export type Refusal = { ok: false; code: 'forbidden' | 'invalid' | 'conflict'; message: string };
export type MoveDecision = { ok: true; move: Move } | Refusal;
export type ReviewDecision = { ok: true; approved: boolean } | Refusal;

const refuse = (code: Refusal['code'], message: string): Refusal => ({ ok: false, code, message });
const present = (value: string | null | undefined) => !!value && value.trim().length > 0;

export function decideMove(role: Role, facts: ClaimFacts, request: MoveRequest): MoveDecision {
  const move = findMove(facts.state, request.to);
  if (!move) {
    const options = movesFrom(facts.state).map((m) => `${m.action} (${STATE_LABELS[m.to]})`);
    const approvalHint =
      facts.state === 'IN_REVIEW' && request.to === 'APPROVED'
        ? ' Approve it with a review instead; it becomes Approved when approvals reach the quorum.'
        : '';
    return refuse(
      'invalid',
      `A claim in ${STATE_LABELS[facts.state]} cannot move to ${STATE_LABELS[request.to]}.${approvalHint}` +
        (options.length ? ` From ${STATE_LABELS[facts.state]} it can: ${options.join(', ')}.` : ''),
    );
  }
  if (!can(role, move.permission))
    return refuse('forbidden', `Only ${rolesWith(move.permission)} can ${move.action}.`);
  for (const requirement of move.requires) {
    const problem = checkPrecondition(requirement, facts, request);
    if (problem) return refuse('invalid', problem);
  }
  return { ok: true, move };
}

function checkPrecondition(
  requirement: Move['requires'][number],
  facts: ClaimFacts,
  request: MoveRequest,
): string | null {
  switch (requirement) {
    case 'dismiss-reason':
      return present(request.reason)
        ? null
        : `Give a reason to dismiss the claim: ${DISMISS_REASON_WORDS}.`;
    case 'note':
      return present(request.note) ? null : 'Add a note saying what needs to change.';
    case 'source-and-verdict':
      if (facts.sourceCount < 1) return 'Add at least one source before submitting for review.';
      return facts.hasProposedVerdict
        ? null
        : 'Propose a verdict (rating, one-line summary and explanation) before submitting for review.';
    case 'family-verdict':
      return facts.citesLivePublication && facts.hasProposedVerdict && !facts.hasLivePublication
        ? null
        : 'Only a claim confirmed as another appearance of a published verdict can take that verdict to review.';
    case 'correction-note-if-republishing':
      return !facts.hasLivePublication || present(request.note)
        ? null
        : 'This claim already has a published verdict: add a correction note saying what changed and why.';
  }
}

export function decideReview(
  role: Role,
  actorId: string,
  facts: ClaimFacts,
  decision: ReviewDecisionInput,
  note?: string | null,
): ReviewDecision {
  if (!can(role, 'claims.review'))
    return refuse('forbidden', `Only ${rolesWith('claims.review')} can review verdicts.`);
  if (facts.state !== 'IN_REVIEW')
    return refuse(
      'invalid',
      `Only claims in review can be reviewed; this one is ${STATE_LABELS[facts.state]}.`,
    );
  switch (decision) {
    case 'request_changes':
      return present(note)
        ? { ok: true, approved: false }
        : refuse('invalid', 'Add a note saying what needs to change.');
    case 'approve':
      return decideApproval(actorId, facts);
  }
}

/** Approvals that count toward the quorum: under the two-person rule, never the author's own. */
export function countingApprovals(
  facts: Pick<ClaimFacts, 'approverIds' | 'verdictAuthorId' | 'twoPersonRule'>,
): number {
  return facts.approverIds.filter((id) => !facts.twoPersonRule || id !== facts.verdictAuthorId)
    .length;
}

function decideApproval(actorId: string, facts: ClaimFacts): ReviewDecision {
  if (facts.approverIds.includes(actorId))
    return refuse(
      'conflict',
      'You have already approved this verdict; another editor must approve it.',
    );
  const ownVerdict = facts.verdictAuthorId === actorId;
  if (ownVerdict && facts.twoPersonRule)
    return refuse(
      'forbidden',
      'You proposed this verdict: under the two-person rule, another editor must approve it.',
    );
  // Without the two-person rule, an author may approve alone only when one approval is enough.
  if (ownVerdict && facts.quorum > 1)
    return refuse(
      'forbidden',
      `You proposed this verdict; with a quorum of ${facts.quorum}, other editors must approve it.`,
    );
  return { ok: true, approved: countingApprovals(facts) + 1 >= facts.quorum };
}
