import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from '@/lib/extraction';

const ATTRIBUTIONS = ['direct', 'indirect', 'according_to', 'reported', 'none'];
const KINDS = ['statistic', 'quote', 'event', 'position', 'prediction', 'other'];

function expectWellFormed(text: string, claims: ExtractedClaim[]): void {
  let previous = -1;
  for (const c of claims) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.text.length).toBeGreaterThan(0);
    expect(c.sentence.start).toBeLessThanOrEqual(c.start);
    expect(c.sentence.end).toBeGreaterThanOrEqual(c.end);
    expect(c.start).toBeGreaterThanOrEqual(previous);
    previous = c.start;
    expect(ATTRIBUTIONS).toContain(c.attribution);
    expect(KINDS).toContain(c.kind);
    expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
    expect(c.checkworthiness).toBeLessThanOrEqual(1);
    if (c.attribution === 'none' || c.attribution === 'reported') expect(c.speaker).toBeNull();
  }
}

// Words that exercise the grammar: cues, roles, quotes, dashes, pronouns.
const VOCABULARY = [
  'said',
  'told',
  'according',
  'to',
  'the',
  'U.N.',
  'Mr',
  'Brown',
  'he',
  'it',
  'officials',
  'spokesman',
  'Anna',
  'Berg',
  'reportedly',
  ',',
  '.',
  '"',
  '“',
  '”',
  '—',
  ':',
  ';',
  'and',
  'but',
  'while',
  'adding',
  '12,000',
  'killed',
  '\n',
  '\n\n',
  '(',
  ')',
  'é',
  '👍',
  'According',
  'While',
  'KYIV',
  '–',
  'with',
  'which',
  'a',
  'plea',
  'for',
  'calling',
  'telling',
  'reporters',
  'that',
  'But',
  'De',
  'Mel',
  'Dr.',
  'would',
  'Police',
  'on',
  'Friday',
  "'",
  '…',
  '...',
  '?',
  '!',
];

describe('robustness', () => {
  it('returns [] for empty and whitespace-only input', () => {
    expect(extractClaims('')).toEqual([]);
    expect(extractClaims('   \n\t  \n')).toEqual([]);
  });

  it.each([
    [
      'odd unicode',
      'Zoë Ångström said 5 € went missing 👀 \u200b\u202e. \ud800 Lone surrogate \udfff text. Ｆｕｌｌｗｉｄｔｈ said ２ things.',
    ],
    [
      'no punctuation',
      'the minister said the budget rose by ten percent and the opposition said it fell '.repeat(
        40,
      ),
    ],
    [
      'html-ish text',
      '<p>Police <b>said</b> 3 people died.</p><script>alert("x")</script> &amp; <br/> "quoted," he said.',
    ],
    ['only punctuation', '.,;:!?"“”—()[]{}'.repeat(20)],
    ['unbalanced quotes', '"He said "she said" it said" “ ” ” “ said "'],
    ['numbers only', '1 2 3 4.5 6,000,000 7% 8.9.10'],
    ['very long word', 'a'.repeat(20000)],
    ['repeated cues', 'said '.repeat(500)],
    ['CRLF line endings', 'Police said 3 people died.\r\n\r\n"It was awful," he said.\r\n'],
  ])('handles %s', (_name, text) => {
    const claims = extractClaims(text);
    expectWellFormed(text, claims);
  });

  it('handles a long article quickly', { timeout: 30_000 }, () => {
    const paragraph =
      'Ukrainian Foreign Ministry spokesman Heorhii Tykhii said Russia hasn’t agreed to silence weapons, calling that a basic requirement. “We lost 1,000 homes,” he said. ';
    const text = paragraph.repeat(3000);
    const started = Date.now();
    const claims = extractClaims(text);
    // Generous bound: CI machines are shared; the benchmark measures real throughput.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(claims.length).toBeGreaterThan(3000);
    expectWellFormed(text, claims);
  });

  it('handles a long text with no sentence punctuation', { timeout: 30_000 }, () => {
    const text = 'officials said the count rose and '.repeat(10_000);
    const claims = extractClaims(text);
    expectWellFormed(text, claims);
  });

  it('never throws and keeps offsets valid on random text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...VOCABULARY), fc.string({ maxLength: 8 })), {
          maxLength: 80,
        }),
        (words) => {
          const text = words.join(' ');
          expectWellFormed(text, extractClaims(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectWellFormed(text, extractClaims(text));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    const text =
      'Police said 14 people were arrested. "We acted fast," Chief Inspector Sara Vik told reporters. She added that 3 officers were hurt.';
    expect(extractClaims(text)).toEqual(extractClaims(text));
    expect(JSON.stringify(extractClaims(text))).toBe(JSON.stringify(extractClaims(text)));
  });

  it('tolerates non-string input at runtime', () => {
    expect(extractClaims(undefined as unknown as string)).toEqual([]);
    expect(extractClaims(42 as unknown as string)).toEqual([]);
  });
});
