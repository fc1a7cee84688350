import { describe, expect, it } from 'vitest';
import { can, ROLES } from '@/lib/auth/permissions';
import { decideMove, decideReview, type ClaimFacts } from '@/lib/workflow/decide';
import { CLAIM_STATES, findMove, MOVES } from '@/lib/workflow/states';

const ready: Omit<ClaimFacts, 'state'> = {
  sourceCount: 1,
  hasProposedVerdict: true,
  hasLivePublication: false,
  verdictAuthorId: 'author',
  approverIds: [],
  quorum: 1,
};
const fullRequest = { note: 'a note', reason: 'OPINION' };

describe('decideMove: every role × from-state × to-state', () => {
  for (const role of ROLES) {
    for (const from of CLAIM_STATES) {
      for (const to of CLAIM_STATES) {
        it(`${role}: ${from} -> ${to}`, () => {
          const decision = decideMove(role, { ...ready, state: from }, { to, ...fullRequest });
          const move = findMove(from, to);
          if (!move) {
            expect(decision).toMatchObject({ ok: false, code: 'invalid' });
            if (!decision.ok) expect(decision.message).toContain('cannot move');
          } else if (!can(role, move.permission)) {
            expect(decision).toMatchObject({ ok: false, code: 'forbidden' });
          } else {
            expect(decision).toMatchObject({ ok: true });
          }
        });
      }
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

  it('lists only moves whose permission exists in the table', () => {
    for (const move of MOVES) expect(ROLES.some((role) => can(role, move.permission))).toBe(true);
  });
});

describe('decideReview', () => {
  const inReview = { ...ready, state: 'IN_REVIEW' as const };

  it('approves at quorum 1, even the author', () => {
    expect(decideReview('EDITOR', 'author', inReview, 'approve')).toEqual({
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
