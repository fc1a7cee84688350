// Issue 10, item 12: every date a user gives (due dates, article dates, the public API's from/to)
// goes through one bound, 1900-01-01 to 2200-12-31.
import { describe, expect, it } from 'vitest';
import { verdictQuerySchema } from '@/lib/schemas/verdict-query';
import { articleSchema } from '@/lib/schemas/article';
import { claimUpdateSchema } from '@/lib/schemas/claim';
import { DATE_RANGE_MESSAGE, isDateInRange } from '@/lib/schemas/dates';

const article = { title: 'Budget', body: 'The council approved the budget on Tuesday.' };

describe('one date range for user input', () => {
  it('accepts its first and last day and refuses the days around it, BC and year 10000', () => {
    expect(isDateInRange(new Date('1900-01-01T00:00:00Z'))).toBe(true);
    expect(isDateInRange(new Date('2200-12-31T23:59:59Z'))).toBe(true);
    for (const date of [
      '1899-12-31T23:59:59Z',
      '2201-01-01T00:00:00Z',
      '-000044-03-15',
      '+010000-01-01',
    ])
      expect(isDateInRange(new Date(date)), date).toBe(false);
    expect(isDateInRange(new Date('not a date'))).toBe(false);
  });

  it('applies to due dates, article dates and the verdict filters, with one message', () => {
    const issues = [
      claimUpdateSchema.safeParse({ version: 1, dueAt: '+010000-01-01' }),
      articleSchema.safeParse({ ...article, publishedAt: '-000044-03-15' }),
      verdictQuerySchema.safeParse({ to: '9999-12-31' }),
      verdictQuerySchema.safeParse({ from: '0001-01-01' }),
    ].map((result) => result.error?.issues.map((issue) => issue.message));
    expect(issues).toEqual(Array(4).fill([DATE_RANGE_MESSAGE]));
    expect(articleSchema.safeParse({ ...article, publishedAt: '1999-05-16' }).success).toBe(true);
    expect(verdictQuerySchema.safeParse({ from: '2026-01-01', to: '2026-12-31' }).success).toBe(
      true,
    );
  });
});
