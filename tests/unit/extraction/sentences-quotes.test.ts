import { describe, expect, it } from 'vitest';
import { findQuoteSpans, quotedShare } from '@/lib/extraction/quotes';
import { splitSentences } from '@/lib/extraction/sentences';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps abbreviations and acronyms inside the sentence', () => {
    expect(
      sentences('U.S. President Donald Trump met Mr. Smith. Dr. Jones left at 12.06am on Friday.'),
    ).toEqual([
      'U.S. President Donald Trump met Mr. Smith.',
      'Dr. Jones left at 12.06am on Friday.',
    ]);
  });

  it('ends a sentence after an acronym when a function word follows', () => {
    expect(
      sentences('Towns were destroyed, according to the U.N. As the war drags on, hope fades.'),
    ).toEqual(['Towns were destroyed, according to the U.N.', 'As the war drags on, hope fades.']);
  });

  it('splits inside quotes and keeps a closing quote with its sentence', () => {
    expect(sentences('"We lost two. We found one," he said. Police left.')).toEqual([
      '"We lost two.',
      'We found one," he said.',
      'Police left.',
    ]);
  });

  it('treats line breaks as boundaries and numbers paragraphs', () => {
    const spans = splitSentences('Headline without period\n\nFirst. Second.\nThird');
    expect(spans.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
  });

  it('does not split a spaced ellipsis followed by lowercase', () => {
    expect(sentences('It is good track ... it is heavy rail.')).toHaveLength(1);
  });

  it('caps very long sentences', () => {
    const spans = splitSentences('word '.repeat(2000));
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(1500);
  });
});

describe('findQuoteSpans', () => {
  it('pairs curly and straight quotes', () => {
    const text = '“One,” he said. "Two," she said.';
    expect(findQuoteSpans(text).map((q) => text.slice(q.open, q.close + 1))).toEqual([
      '“One,”',
      '"Two,"',
    ]);
  });

  it('continues a quote into a paragraph that reopens with a quote mark', () => {
    const text = '“First part.\n\n“Second part.”\n\nNarration.';
    const [span] = findQuoteSpans(text);
    expect(text.slice(span.open, span.close + 1)).toBe('“First part.\n\n“Second part.”');
    expect(quotedShare(findQuoteSpans(text), text.indexOf('Narration'), text.length)).toBe(0);
  });

  it('closes an unterminated quote at the end of its paragraph', () => {
    const text = '"Never closed\n\nNarration.';
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(spans[0].close).toBeLessThan(text.indexOf('Narration'));
  });
});
