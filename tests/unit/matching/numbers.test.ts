import { describe, expect, it } from 'vitest';
import { compareNumbers, extractNumbers } from '@/lib/matching/numbers';
import { compareSpeakers } from '@/lib/matching/speaker';
import { matchScore } from '@/lib/matching/score';

describe('extractNumbers', () => {
  it.each([
    ['over 12,000 civilians', ['12000']],
    ['12 thousand civilians', ['12000']],
    ['twelve thousand civilians', ['12000']],
    ['$1.1 billion in donations', ['1100000000']],
    ['$4.2m and 3bn', ['4200000', '3000000000']],
    ['rose 19.9 percent and 19.9 per cent', ['19.9%']],
    ['by 0.1 percentage points to 1.8%', ['0.1pt', '1.8%']],
    ['up 0.1 points', ['0.1pt']],
    ['from 2011 to 2016', ['2011', '2016']],
    ['the EB-5 program and H-1B visas after COVID-19', []],
    ['no numbers here', []],
  ])('%s', (text, expected) => {
    expect(extractNumbers(text)).toEqual(expected);
  });

  it('compares quantities as sets', () => {
    expect(compareNumbers(['12000'], ['12000'])).toBe('same');
    expect(compareNumbers(['12000'], ['15000'])).toBe('differ');
    expect(compareNumbers(['12000', '2016'], ['12000'])).toBe('differ');
    expect(compareNumbers(['12000'], [])).toBe('one-sided');
    expect(compareNumbers([], [])).toBe('none');
  });
});

describe('compareSpeakers', () => {
  it('matches names by surname and without titles', () => {
    expect(compareSpeakers('President Obama', 'Barack Obama')).toBe('same');
    expect(compareSpeakers('Reid', 'Harry Reid')).toBe('same');
    expect(compareSpeakers('Harry Reid', 'Elizabeth Warren')).toBe('different');
    expect(compareSpeakers(null, 'Reid')).toBe('unknown');
  });
});

describe('matchScore', () => {
  it('never matches claims whose numbers differ, however alike their words', () => {
    expect(matchScore({ trigram: 1, words: 1, numbers: 'differ', speaker: 'same' })).toBe(0);
    expect(
      matchScore({ trigram: 0.8, words: 0.8, numbers: 'same', speaker: 'same' }),
    ).toBeGreaterThan(0.8);
  });
});
