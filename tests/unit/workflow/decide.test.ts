import { describe, expect, it } from 'vitest';
import { ClaimState, Role } from '@/lib/generated/prisma/enums';
import { decideMove, decideReview, type ClaimFacts } from '@/lib/workflow/decide';
import { moveOptionsFor } from '@/lib/workflow/move-options';

// The policy as README.md and docs/api.md state it, written out here rather than read from
// lib/workflow/states.ts or lib/auth/permissions.ts, so a change to those tables fails a test.
// Records over the Prisma enums: a new state or role must be given its policy here before this compiles.
type Who = 'everyone' | 'editors';
const MAY: Record<Who, Record<Role, boolean>> = {
  everyone: { JOURNALIST: true, EDITOR: true, ADMIN: true },
  editors: { JOURNALIST: false, EDITOR: true, ADMIN: true },
};
/** from-state -> to-state -> who may make the move; every pair not listed is not a move. */
const MOVES_POLICY: Record<ClaimState, Partial<Record<ClaimState, Who>>> = {
  // IN_REVIEW from EXTRACTED or SOURCING: a confirmed appearance takes its family's published verdict.
  EXTRACTED: { SOURCING: 'everyone', DISMISSED: 'everyone', IN_REVIEW: 'everyone' },
  SOURCING: { VERIFYING: 'everyone', IN_REVIEW: 'everyone' },
  VERIFYING: { IN_REVIEW: 'everyone' },
  IN_REVIEW: { VERIFYING: 'editors' }, // request changes; approval happens through reviews
  APPROVED: { PUBLISHED: 'editors' },
  PUBLISHED: { VERIFYING: 'editors' }, // reopen for correction
  DISMISSED: { EXTRACTED: 'everyone' }, // reopen
};
/** Only editors and admins review, and only claims in review. */
const REVIEWERS = MAY.editors;

const ROLES = Object.values(Role);
const STATES = Object.values(ClaimState);

const ready: Omit<ClaimFacts, 'state'> = {
  sourceCount: 1,
  hasProposedVerdict: true,
  hasLivePublication: false,
  citesLivePublication: true,
  verdictAuthorId: 'author',
  approverIds: [],
  quorum: 1,
  twoPersonRule: true,
};
const fullRequest = { note: 'a note', reason: 'OPINION' };

describe('decideMove: every role × from-state × to-state against the written policy', () => {
  for (const role of ROLES) {
    for (const from of STATES) {
      for (const to of STATES) {
        const who = MOVES_POLICY[from][to];
        const expected = !who ? 'not a move' : MAY[who][role] ? 'allowed' : 'forbidden';
        it(`${role}: ${from} -> ${to} is ${expected}`, () => {
          const decision = decideMove(role, { ...ready, state: from }, { to, ...fullRequest });
          if (expected === 'not a move') {
            expect(decision).toMatchObject({ ok: false, code: 'invalid' });
            if (!decision.ok) expect(decision.message).toContain('cannot move');
          } else if (expected === 'forbidden') {
            expect(decision).toMatchObject({ ok: false, code: 'forbidden' });
          } else {
            expect(decision).toMatchObject({ ok: true });
          }
        });
      }
    }
  }
});

describe('moveOptionsFor: the moves the claim page offers, per role and state', () => {
  for (const role of ROLES) {
    for (const state of STATES) {
      // Review moves (out of IN_REVIEW) live in the review panel, not among the move buttons.
      // The family-verdict move (to IN_REVIEW before VERIFYING) is offered in "Seen before" instead.
      const familyVerdictMove = (to: ClaimState) =>
        to === 'IN_REVIEW' && (state === 'EXTRACTED' || state === 'SOURCING');
      const expected =
        state === 'IN_REVIEW'
          ? []
          : STATES.filter((to) => {
              const who = MOVES_POLICY[state][to];
              return who !== undefined && MAY[who][role] && !familyVerdictMove(to);
            });
      it(`${role} in ${state}: ${expected.join(', ') || 'none'}`, () => {
        const offered = moveOptionsFor(role, state, false).map((option) => option.to);
        expect([...offered].sort()).toEqual([...expected].sort());
      });
    }
  }
});

describe('preconditions', () => {
  it('refuses review without a source or a verdict', () => {
    expect(
      decideMove(
        'JOURNALIST',
        { ...ready, state: 'VERIFYING', sourceCount: 0 },
        { to: 'IN_REVIEW' },
      ),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/source/) });
    expect(
      decideMove(
        'JOURNALIST',
        { ...ready, state: 'VERIFYING', hasProposedVerdict: false },
        { to: 'IN_REVIEW' },
      ),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/verdict/) });
  });

  it('needs a reason to dismiss and a note to request changes or reopen', () => {
    expect(
      decideMove('JOURNALIST', { ...ready, state: 'EXTRACTED' }, { to: 'DISMISSED' }),
    ).toMatchObject({ ok: false, code: 'invalid' });
    expect(
      decideMove('EDITOR', { ...ready, state: 'IN_REVIEW' }, { to: 'VERIFYING', note: '  ' }),
    ).toMatchObject({ ok: false, code: 'invalid' });
    expect(
      decideMove('EDITOR', { ...ready, state: 'PUBLISHED' }, { to: 'VERIFYING' }),
    ).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('needs a correction note to republish a claim that already has a public verdict', () => {
    expect(
      decideMove(
        'EDITOR',
        { ...ready, state: 'APPROVED', hasLivePublication: true },
        { to: 'PUBLISHED' },
      ),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/correction note/) });
    expect(
      decideMove(
        'EDITOR',
        { ...ready, state: 'APPROVED', hasLivePublication: true },
        { to: 'PUBLISHED', note: 'Fixed the figure.' },
      ),
    ).toMatchObject({ ok: true });
    expect(
      decideMove('EDITOR', { ...ready, state: 'APPROVED' }, { to: 'PUBLISHED' }),
    ).toMatchObject({ ok: true });
  });

  it('says how to approve when someone tries to move straight to Approved', () => {
    const decision = decideMove('EDITOR', { ...ready, state: 'IN_REVIEW' }, { to: 'APPROVED' });
    expect(decision).toMatchObject({ ok: false, message: expect.stringMatching(/review/) });
  });
});

describe('decideReview', () => {
  const inReview = { ...ready, state: 'IN_REVIEW' as const };

  for (const role of ROLES) {
    for (const state of STATES) {
      const expected = !REVIEWERS[role]
        ? 'forbidden'
        : state === 'IN_REVIEW'
          ? 'allowed'
          : 'invalid';
      it(`${role} reviewing a claim in ${state} is ${expected}`, () => {
        for (const decision of ['approve', 'request_changes'] as const) {
          const result = decideReview(role, 'e', { ...ready, state }, decision, 'Check the date.');
          expect(result).toMatchObject(
            expected === 'allowed' ? { ok: true } : { ok: false, code: expected },
          );
        }
      });
    }
  }

  it('approves at quorum 1; the author only with the two-person rule off', () => {
    expect(decideReview('EDITOR', 'e1', inReview, 'approve')).toEqual({ ok: true, approved: true });
    expect(decideReview('EDITOR', 'author', inReview, 'approve')).toMatchObject({
      ok: false,
      code: 'forbidden',
      message: expect.stringContaining('two-person rule'),
    });
    expect(
      decideReview('EDITOR', 'author', { ...inReview, twoPersonRule: false }, 'approve'),
    ).toEqual({ ok: true, approved: true });
  });

  it('never counts an approval the author gave before the rule was turned on', () => {
    const facts = { ...inReview, quorum: 2, approverIds: ['author'] };
    expect(decideReview('EDITOR', 'e1', facts, 'approve')).toEqual({ ok: true, approved: false });
    expect(decideReview('EDITOR', 'e1', { ...facts, twoPersonRule: false }, 'approve')).toEqual({
      ok: true,
      approved: true,
    });
  });

  it('counts one editor once and keeps the author out when the quorum is above 1', () => {
    const facts = { ...inReview, quorum: 3, approverIds: ['e1'] };
    expect(decideReview('EDITOR', 'e1', facts, 'approve')).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    expect(decideReview('EDITOR', 'author', facts, 'approve')).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(decideReview('EDITOR', 'e2', facts, 'approve')).toEqual({ ok: true, approved: false });
    expect(decideReview('ADMIN', 'e3', { ...facts, approverIds: ['e1', 'e2'] }, 'approve')).toEqual(
      { ok: true, approved: true },
    );
  });

  it('refuses journalists, claims not in review, and change requests without a note', () => {
    expect(decideReview('JOURNALIST', 'j', inReview, 'approve')).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(
      decideReview('EDITOR', 'e', { ...inReview, state: 'VERIFYING' }, 'approve'),
    ).toMatchObject({ ok: false, code: 'invalid' });
    expect(decideReview('EDITOR', 'e', inReview, 'request_changes', '')).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect(decideReview('EDITOR', 'e', inReview, 'request_changes', 'Check the date.')).toEqual({
      ok: true,
      approved: false,
    });
  });
});

describe('decideMove: the family-verdict move', () => {
  it('needs a cited live publication and a verdict, and no publication of its own', () => {
    const request = { to: 'IN_REVIEW' as const };
    for (const state of ['EXTRACTED', 'SOURCING'] as const) {
      expect(decideMove('JOURNALIST', { ...ready, state }, request)).toMatchObject({ ok: true });
      for (const missing of [
        { citesLivePublication: false },
        { hasProposedVerdict: false },
        { hasLivePublication: true },
      ])
        expect(decideMove('JOURNALIST', { ...ready, ...missing, state }, request)).toMatchObject({
          ok: false,
          code: 'invalid',
        });
    }
  });
});
