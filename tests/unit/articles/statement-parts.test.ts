import { describe, expect, it } from 'vitest';
import { joinStatement, splitStatement } from '@/lib/statement-parts';

describe('statement parts', () => {
  it('sends only what surrounds the words, and joins back to the statement', () => {
    const cases: [statement: string, text: string][] = [
      ['Ana Lopez says unemployment rose by 1 percent', 'unemployment rose by 1 percent'],
      ['Prices rose 5%', 'Prices rose 5%'],
      ['Émilie says prices rose 5%', 'Prices rose 5%'],
      ['The council says the budget is $4.2 million.', 'the budget is $4.2 million'],
      ['Anything at all', ''],
    ];
    for (const [statement, text] of cases)
      expect(joinStatement(splitStatement(statement, text), text)).toBe(statement);
    expect(splitStatement(cases[0][0], cases[0][1])).toEqual(['Ana Lopez says ', '']);
    expect(splitStatement(cases[2][0], cases[2][1])).toBe('Émilie says prices rose 5%');
  });
});
