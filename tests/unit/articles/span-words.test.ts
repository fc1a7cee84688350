import { describe, expect, it } from 'vitest';
import { nudgeEnd, nudgeStart, trimSpan, wordStartsWithin } from '@/components/articles/span-words';
import { segmentText } from '@/lib/text-segments';

const body = 'The plan would cost taxpayers $12 billion, he said.';
const span = (start: number, end: number) => body.slice(start, end);

describe('span word helpers', () => {
  it('lists split points at word starts only, inside the span', () => {
    const starts = wordStartsWithin(body, 0, 19);
    expect(starts.map((i) => body[i])).toEqual(['p', 'w', 'c']);
  });

  it('trims whitespace off both ends', () => {
    expect(trimSpan(body, 3, 9)).toEqual({ start: 4, end: 8 });
    expect(trimSpan('   ', 0, 3)).toEqual({ start: 3, end: 3 });
  });

  it('nudges the start and end one word at a time and never crosses the span', () => {
    const start = body.indexOf('cost');
    const end = body.indexOf(',');
    expect(span(nudgeStart(body, start, end, -1), end)).toBe('would cost taxpayers $12 billion');
    expect(span(nudgeStart(body, start, end, 1), end)).toBe('taxpayers $12 billion');
    expect(span(start, nudgeEnd(body, start, end, -1))).toBe('cost taxpayers $12');
    expect(span(start, nudgeEnd(body, start, end, 1))).toBe('cost taxpayers $12 billion,');
    expect(nudgeStart(body, 0, 3, -1)).toBe(0);
    expect(nudgeEnd(body, start, start + 4, -1)).toBe(start + 4);
  });
});

describe('segmentText', () => {
  it('covers the text exactly once, with highlighted spans in order', () => {
    const spans = [
      { id: 'b', start: 30, end: 41 },
      { id: 'a', start: 4, end: 8 },
      { id: 'overlap', start: 6, end: 14 },
    ];
    const segments = segmentText(body, spans);
    expect(segments.map((s) => s.text).join('')).toBe(body);
    expect(segments.filter((s) => s.span).map((s) => [s.span!.id, s.text])).toEqual([
      ['a', 'plan'],
      ['overlap', ' would'],
      ['b', '$12 billion'],
    ]);
  });

  it('ignores spans outside the text', () => {
    expect(
      segmentText('abc', [
        { id: 'x', start: 2, end: 10 },
        { id: 'y', start: -1, end: 1 },
      ]),
    ).toEqual([{ text: 'abc', span: null }]);
  });
});
