import { describe, expect, it } from 'vitest';
import { describeEvent } from '@/lib/workflow/timeline-words';
import { seededName } from '../../support/rating-scale';

describe('the claim timeline in words', () => {
  it('says which source was added, corrected or removed', () => {
    expect(
      describeEvent('claim.source_add', null, { title: 'UN OHCHR report', stance: 'SUPPORTS' }),
    ).toBe('added source ‘UN OHCHR report’ (supports)');
    expect(
      describeEvent(
        'claim.source_edit',
        { title: 'UN report', url: 'https://a' },
        { title: 'UN report', url: 'https://b', accessedOn: '2026-03-02' },
      ),
    ).toBe('corrected source ‘UN report’: address, access date');
    expect(describeEvent('claim.source_remove', { title: 'Wrong report' }, {})).toBe(
      'removed source ‘Wrong report’',
    );
    // Events from before titles were recorded name the address.
    expect(describeEvent('claim.source_add', null, { url: 'https://x.example' })).toBe(
      'added source ‘https://x.example’',
    );
  });

  it('says how the verdict changed', () => {
    expect(
      describeEvent('claim.verdict_propose', { rating: null }, { rating: 'TRUE' }, seededName),
    ).toBe('proposed a verdict: True');
    expect(
      describeEvent(
        'claim.verdict_propose',
        { rating: 'MOSTLY_TRUE', summary: 'a' },
        { rating: 'FALSE', summary: 'b' },
        seededName,
      ),
    ).toBe('rating Mostly true → False; summary revised');
  });

  it('names moves and edits in words, not event names', () => {
    expect(describeEvent('claim.request_changes', {}, { state: 'VERIFYING' })).toBe(
      'requested changes',
    );
    expect(describeEvent('claim.dismiss', {}, { reason: 'NOT_CHECKABLE' })).toBe(
      'dismissed the claim: not checkable',
    );
    expect(describeEvent('claim.edit', { speaker: null }, { speaker: 'Ana Ruiz' })).toBe(
      'speaker none → Ana Ruiz',
    );
    expect(describeEvent('claim.edit', { priority: 'NORMAL' }, { priority: 'URGENT' })).toBe(
      'priority normal → urgent',
    );
    expect(describeEvent('claim.approval_recorded', {}, { approvals: 1, quorum: 2 })).toBe(
      'approved the verdict (1 of 2 approvals)',
    );
  });
});
