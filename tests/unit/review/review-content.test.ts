import { describe, expect, it } from 'vitest';
import { diffReviewContent, type ReviewContent } from '@/lib/workflow/review-content';
import { seededName } from '../../support/rating-scale';

const source = {
  url: 'https://ohchr.example/report',
  title: 'UN OHCHR report',
  kind: 'PRIMARY_DOCUMENT',
  stance: 'SUPPORTS',
  note: null,
  accessedOn: null,
  archiveUrl: null,
};
const base: ReviewContent = {
  fields: { rating: 'MOSTLY_TRUE', summary: 'Close.', explanation: 'See the report.' },
  sources: [source],
};

describe('what changed between review rounds', () => {
  it('is nothing for the same content', () => {
    expect(diffReviewContent(base, structuredClone(base))).toEqual([]);
  });

  it('names changed fields in reviewers’ words', () => {
    const after = { ...base, fields: { ...base.fields, rating: 'FALSE', summary: 'Wrong.' } };
    expect(diffReviewContent(base, after, seededName)).toEqual([
      { kind: 'field', label: 'Rating', before: 'Mostly true', after: 'False' },
      { kind: 'field', label: 'Summary', before: 'Close.', after: 'Wrong.' },
    ]);
  });

  it('matches a source whose address was corrected by its title, and lists added and removed ones', () => {
    const corrected = { ...source, url: 'https://ohchr.example/report-may' };
    const added = { ...source, url: 'https://stats.example', title: 'Statistics office' };
    const changes = diffReviewContent(
      { ...base, sources: [source, { ...added, url: 'https://gone.example', title: 'Gone' }] },
      { ...base, sources: [corrected, added] },
    );
    expect(changes.map((c) => c.kind)).toEqual([
      'source-changed',
      'source-added',
      'source-removed',
    ]);
    expect(changes[0]).toMatchObject({ after: expect.stringContaining('report-may') });
  });
});
