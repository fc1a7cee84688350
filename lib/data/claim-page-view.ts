import { can } from '@/lib/auth/permissions';
import type { ClaimDetail } from '@/lib/data/claims';
import type { Role } from '@/lib/generated/prisma/enums';
import { isDateInRange } from '@/lib/schemas/dates';
import { DISMISS_REASON_LABELS } from '@/lib/schemas/workflow';
import { moveOptionsFor } from '@/lib/workflow/move-options';
import { CONTENT_LOCKED_STATES, EVIDENCE_STATES } from '@/lib/workflow/states';

/** What the newsroom claim page shows about one claim, worked out for one role; no I/O. */
export function claimPageView(
  claim: ClaimDetail,
  role: Role,
  quorum: number,
  rules: { twoPersonRule: boolean; viewerId: string | null } = {
    twoPersonRule: true,
    viewerId: null,
  },
) {
  const authorId = claim.verdictAuthor?.id ?? null;
  const liveVerdict = claim.publications.find((publication) => !publication.withdrawnAt);
  const lastChangeRequest =
    claim.state === 'VERIFYING'
      ? claim.reviews.filter((review) => review.decision === 'REQUEST_CHANGES').at(-1)
      : undefined;
  const quoteAt = claim.sentence.indexOf(claim.text);
  return {
    claim: {
      id: claim.id,
      text: claim.text,
      statement: claim.statement,
      // The server refuses the edit in the same states (lib/data/claim-version.ts).
      statementEditable: can(role, 'claims.edit') && !CONTENT_LOCKED_STATES.includes(claim.state),
      speaker: claim.speaker,
      speakerRole: claim.speakerRole,
      cue: claim.cue,
      kind: claim.kind,
      checkworthiness: claim.checkworthiness,
      state: claim.state,
      dismissReason: claim.dismissReason ? DISMISS_REASON_LABELS[claim.dismissReason] : null,
      version: claim.version,
      article: { id: claim.article.id, title: claim.article.title },
    },
    /** The claim inside its sentence, for the highlighted quote; null when the words were edited apart. */
    quote:
      quoteAt >= 0
        ? {
            before: claim.sentence.slice(0, quoteAt),
            text: claim.text,
            after: claim.sentence.slice(quoteAt + claim.text.length),
          }
        : null,
    changesRequested: lastChangeRequest
      ? { reviewer: lastChangeRequest.reviewer.name, note: lastChangeRequest.note }
      : null,
    liveVerdict: liveVerdict
      ? {
          rating: liveVerdict.rating,
          summary: liveVerdict.summary,
          publishedAt: liveVerdict.publishedAt,
          publicPath: `/claims/${claim.slug}`,
          beingRevised: claim.state !== 'PUBLISHED',
          canWithdraw: can(role, 'claims.publish'),
        }
      : null,
    moveOptions: moveOptionsFor(role, claim.state, !!liveVerdict),
    review:
      claim.state === 'IN_REVIEW' && can(role, 'claims.review')
        ? {
            approvals: claim.reviews
              .filter((review) => review.round === claim.reviewRound)
              .filter((review) => review.decision === 'APPROVE')
              .filter((review) => !rules.twoPersonRule || review.reviewer.id !== authorId)
              .map((review) => review.reviewer.name),
            quorum,
            /** The viewer wrote this verdict and the two-person rule keeps them from approving it. */
            ownVerdict: rules.twoPersonRule && !!authorId && authorId === rules.viewerId,
          }
        : null,
    verdict: {
      editable: EVIDENCE_STATES.includes(claim.state),
      rating: claim.rating,
      summary: claim.summary,
      explanation: claim.explanation,
      author: claim.verdictAuthor?.name ?? null,
    },
    sources: { items: claim.sources, editable: EVIDENCE_STATES.includes(claim.state) },
    assignment: {
      assigneeId: claim.assignee?.id ?? null,
      dueDate:
        claim.dueAt && isDateInRange(claim.dueAt) ? claim.dueAt.toISOString().slice(0, 10) : null,
      priority: claim.priority,
      canAssignOthers: can(role, 'claims.assign'),
    },
  };
}
export type ClaimPageView = ReturnType<typeof claimPageView>;
