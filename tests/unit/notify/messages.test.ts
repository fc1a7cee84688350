import { describe, expect, it } from 'vitest';
import { retryDelayMinutes } from '@/lib/notify/backoff';
import {
  digestEmail,
  moveNotificationKind,
  notificationEmail,
  notificationMessage,
} from '@/lib/notify/messages';
import { MOVES } from '@/lib/workflow/states';

describe('notification messages', () => {
  it('names a notification for every workflow move that concerns someone else', () => {
    const kinds = Object.fromEntries(
      MOVES.map((move) => [
        `${move.from}->${move.to}`,
        moveNotificationKind(move.from, move.to, false),
      ]),
    );
    expect(kinds).toEqual({
      'EXTRACTED->SOURCING': null,
      'EXTRACTED->DISMISSED': null,
      // A claim sent to review with its family's verdict (lib/workflow/states.ts).
      'EXTRACTED->IN_REVIEW': 'SUBMITTED_FOR_REVIEW',
      'SOURCING->IN_REVIEW': 'SUBMITTED_FOR_REVIEW',
      'SOURCING->VERIFYING': null,
      'VERIFYING->IN_REVIEW': 'SUBMITTED_FOR_REVIEW',
      'IN_REVIEW->VERIFYING': 'CHANGES_REQUESTED',
      'APPROVED->PUBLISHED': 'PUBLISHED',
      'PUBLISHED->VERIFYING': 'CORRECTION_OPENED',
      'DISMISSED->EXTRACTED': null,
    });
    expect(moveNotificationKind('IN_REVIEW', 'APPROVED', false)).toBe('APPROVED');
    expect(moveNotificationKind('APPROVED', 'PUBLISHED', true)).toBe('CORRECTION_PUBLISHED');
  });

  it('quotes the claim and the note, shortened on one line', () => {
    const message = notificationMessage('CHANGES_REQUESTED', {
      actorName: 'Emery Editor',
      claimText: `Exports rose\n${'by a lot '.repeat(20)}`,
      note: 'Cite the table.',
    });
    expect(message).toMatch(
      /^Emery Editor requested changes to your verdict on “Exports rose by a lot/,
    );
    expect(message).toContain('…”: Cite the table.');
    expect(message).not.toContain('\n');
  });

  it('links the claim and the preferences in emails', () => {
    const email = notificationEmail('Something happened', 'c1', 'https://desk.example.org');
    expect(email.subject).toBe('[Factdesk] Something happened');
    expect(email.text).toContain('https://desk.example.org/newsroom/claims/c1');
    expect(email.text).toContain('https://desk.example.org/newsroom/settings/account');
    const digest = digestEmail(
      [{ message: 'One', claimId: null, createdAt: new Date('2026-11-30T10:00:00Z') }],
      'https://desk.example.org',
    );
    expect(digest.subject).toBe('[Factdesk] Your daily digest: 1 notification');
  });

  it('backs off exponentially, capped', () => {
    expect([1, 2, 3, 4, 8, 20].map(retryDelayMinutes)).toEqual([1, 2, 4, 8, 120, 120]);
  });
});
