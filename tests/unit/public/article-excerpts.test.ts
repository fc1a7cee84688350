import { describe, expect, it } from 'vitest';
import { claimExcerpts, isOwnOutlet, paragraphRanges } from '@/lib/public/article-excerpts';

const text = (body: string, ranges: { start: number; end: number }[]) =>
  ranges.map(({ start, end }) => body.slice(start, end));

describe('paragraphs of an article', () => {
  it('splits on blank lines, else on line breaks', () => {
    expect(
      text('A one.\n\nB two.\n \nC three.\n', paragraphRanges('A one.\n\nB two.\n \nC three.\n')),
    ).toEqual(['A one.', 'B two.', 'C three.']);
    const lines = 'A one.\nB two.\nC three.';
    expect(text(lines, paragraphRanges(lines))).toEqual(['A one.', 'B two.', 'C three.']);
    const mixed = 'Title line\nstill first.\n\nSecond.';
    expect(text(mixed, paragraphRanges(mixed))).toEqual(['Title line\nstill first.', 'Second.']);
  });
});

describe('excerpts around published claims', () => {
  const body = [
    'P0.',
    'P1.',
    'P2 has a claim.',
    'P3.',
    'P4.',
    'P5.',
    'P6 has another.',
    'P7.',
  ].join('\n\n');
  const claim = (word: string) => {
    const start = body.indexOf(word);
    return { start, end: start + word.length };
  };

  it('keeps the paragraph of each claim and one either side, joining neighbours', () => {
    expect(text(body, claimExcerpts(body, [claim('has a claim')]))).toEqual([
      'P1.\n\nP2 has a claim.\n\nP3.',
    ]);
    expect(text(body, claimExcerpts(body, [claim('has a claim'), claim('has another')]))).toEqual([
      'P1.\n\nP2 has a claim.\n\nP3.',
      'P5.\n\nP6 has another.\n\nP7.',
    ]);
    expect(text(body, claimExcerpts(body, [claim('has a claim')], 2))).toEqual([
      'P0.\n\nP1.\n\nP2 has a claim.\n\nP3.\n\nP4.',
    ]);
  });

  it('shows nothing of an article without claims, and keeps a claim across a break whole', () => {
    expect(claimExcerpts(body, [])).toEqual([]);
    const across = { start: body.indexOf('P3.'), end: body.indexOf('P4.') + 3 };
    const [excerpt] = claimExcerpts(body, [across], 0);
    expect(body.slice(excerpt.start, excerpt.end)).toBe('P3.\n\nP4.');
  });
});

describe('own outlets', () => {
  it('matches whole names, one per line, ignoring case and spaces', () => {
    expect(isOwnOutlet('Coast Herald', 'Valley Times\n coast herald ')).toBe(true);
    expect(isOwnOutlet('Coast Herald Weekly', 'Coast Herald')).toBe(false);
    expect(isOwnOutlet(null, 'Coast Herald')).toBe(false);
    expect(isOwnOutlet('Coast Herald', '')).toBe(false);
  });
});
