import { describe, expect, it } from 'vitest';
import { claimPageView } from '@/lib/data/claim-page-view';
import type { ClaimDetail } from '@/lib/data/claims';

const at = new Date('2026-01-05T10:00:00Z');
const person = (id: string, name: string) => ({ id, name });

function claim(overrides: Partial<ClaimDetail> = {}): ClaimDetail {
  return {
    id: 'c1',
    slug: 'c1',
    text: 'wheat exports fell by half',
    statement: 'A. Minister says wheat exports fell by half',
    start: 10,
    end: 36,
    sentenceStart: 0,
    sentenceEnd: 60,
    speaker: 'A. Minister',
    speakerRole: null,
    cue: 'said',
    attribution: 'DIRECT',
    kind: 'STATISTIC',
    checkworthiness: 0.8,
    checkworthy: true,
    state: 'VERIFYING',
    dismissReason: null,
    priority: 'NORMAL',
    dueAt: new Date('2026-02-01T00:00:00Z'),
    rating: null,
    summary: null,
    explanation: null,
    reviewRound: 2,
    version: 4,
    createdAt: at,
    updatedAt: at,
    assignee: person('u1', 'Jo Journalist'),
    verdictAuthor: null,
    article: { id: 'a1', title: 'Grain report', outlet: null, url: null },
    sources: [],
    reviews: [],
    publications: [],
    sentence: 'The minister said wheat exports fell by half this year.',
    context: { before: '', after: '' },
    codePoints: { start: 10, end: 36, sentenceStart: 0, sentenceEnd: 60 },
    ...overrides,
  };
}

const review = (
  round: number,
  decision: 'APPROVE' | 'REQUEST_CHANGES',
  name: string,
  note: string | null = null,
) => ({
  id: `${round}-${name}`,
  round,
  decision,
  note,
  createdAt: at,
  reviewer: person(name, name),
});

describe('claimPageView', () => {
  it('splits the sentence around the claim for the quote, or gives none when the words moved apart', () => {
    expect(claimPageView(claim(), 'JOURNALIST', 1).quote).toEqual({
      before: 'The minister said ',
      text: 'wheat exports fell by half',
      after: ' this year.',
    });
    expect(claimPageView(claim({ text: 'not in the sentence' }), 'JOURNALIST', 1).quote).toBeNull();
  });

  it('shows the last change request only while the claim is back in verifying', () => {
    const reviews = [
      review(1, 'REQUEST_CHANGES', 'Ed', 'first'),
      review(2, 'REQUEST_CHANGES', 'Eve', 'second'),
    ];
    expect(claimPageView(claim({ reviews }), 'JOURNALIST', 1).changesRequested).toEqual({
      reviewer: 'Eve',
      note: 'second',
    });
    expect(
      claimPageView(claim({ reviews, state: 'IN_REVIEW' }), 'EDITOR', 1).changesRequested,
    ).toBeNull();
  });

  it('offers the review panel to reviewers of a claim in review, with this round’s approvals', () => {
    const reviews = [
      review(1, 'APPROVE', 'Old'),
      review(2, 'APPROVE', 'Ed'),
      review(2, 'REQUEST_CHANGES', 'Eve'),
    ];
    const inReview = claim({ state: 'IN_REVIEW', reviews });
    expect(claimPageView(inReview, 'EDITOR', 2).review).toEqual({
      approvals: ['Ed'],
      quorum: 2,
      ownVerdict: false,
    });
    expect(claimPageView(inReview, 'JOURNALIST', 2).review).toBeNull();
    expect(claimPageView(claim({ reviews }), 'EDITOR', 2).review).toBeNull();
  });

  it('shows the live publication, not a withdrawn one, and says when a revision is under way', () => {
    const publication = (id: string, withdrawnAt: Date | null) => ({
      id,
      rating: 'FALSE' as const,
      summary: id,
      publishedAt: at,
      withdrawnAt,
      correctionNote: null,
    });
    const withdrawnOnly = claim({ state: 'PUBLISHED', publications: [publication('old', at)] });
    expect(claimPageView(withdrawnOnly, 'EDITOR', 1).liveVerdict).toBeNull();

    const reopened = claim({ publications: [publication('old', at), publication('live', null)] });
    expect(claimPageView(reopened, 'EDITOR', 1).liveVerdict).toMatchObject({
      summary: 'live',
      beingRevised: true,
      canWithdraw: true,
    });
    expect(claimPageView(reopened, 'JOURNALIST', 1).liveVerdict?.canWithdraw).toBe(false);
  });

  it('opens verdict and sources for editing only while sourcing or verifying', () => {
    expect(claimPageView(claim(), 'JOURNALIST', 1).verdict.editable).toBe(true);
    expect(claimPageView(claim({ state: 'SOURCING' }), 'JOURNALIST', 1).sources.editable).toBe(
      true,
    );
    const approved = claimPageView(claim({ state: 'APPROVED' }), 'EDITOR', 1);
    expect(approved.verdict.editable).toBe(false);
    expect(approved.sources.editable).toBe(false);
  });

  it('gives the assignment form a date-only due date and who may assign others', () => {
    expect(claimPageView(claim(), 'JOURNALIST', 1).assignment).toEqual({
      assigneeId: 'u1',
      dueDate: '2026-02-01',
      priority: 'NORMAL',
      canAssignOthers: false,
    });
    expect(claimPageView(claim(), 'EDITOR', 1).assignment.canAssignOthers).toBe(true);
  });

  it('names the dismiss reason with its label', () => {
    const dismissed = claim({ state: 'DISMISSED', dismissReason: 'NOT_CHECKABLE' });
    expect(claimPageView(dismissed, 'EDITOR', 1).claim.dismissReason).toBe('Not checkable');
  });
});
