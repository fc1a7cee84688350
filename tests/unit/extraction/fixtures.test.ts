import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '@/lib/extraction';
import { speakersMatch, spansMatch } from '@/scripts/lib/matching';

// Hand-written wire-style paragraphs (not from the dev set) that check the rules generalise.
const DIR = path.resolve(__dirname, '../../fixtures/extraction');
interface Fixture {
  text: string;
  expected: { text: string; speaker: string | null; cue: string | null; checkworthy: boolean }[];
}
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as Fixture] as const);

describe.each(fixtures)('fixture %s', (_name, fixture) => {
  const claims = extractClaims(fixture.text);

  it.each(fixture.expected.map((e) => [e.text.slice(0, 60), e] as const))(
    'finds "%s" with its speaker and cue',
    (_label, expected) => {
      const start = fixture.text.indexOf(expected.text);
      expect(start).toBeGreaterThanOrEqual(0);
      const gold = { start, end: start + expected.text.length };
      const match = claims.find((c) => spansMatch(gold, c));
      expect(match, `no claim matches "${expected.text}"`).toBeDefined();
      expect(speakersMatch(expected.speaker, match!.speaker)).toBe(true);
      expect(match!.cue).toBe(expected.cue);
    },
  );

  it('agrees with most check-worthiness judgements', () => {
    const agreed = fixture.expected.filter((e) => {
      const start = fixture.text.indexOf(e.text);
      return (
        claims.find((c) => spansMatch({ start, end: start + e.text.length }, c))?.checkworthy ===
        e.checkworthy
      );
    });
    expect(agreed.length / fixture.expected.length).toBeGreaterThanOrEqual(0.6);
  });
});
