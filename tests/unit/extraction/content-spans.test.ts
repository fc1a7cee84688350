import { describe, expect, it } from 'vitest';
import { extractClaims } from '@/lib/extraction';

// Content spans of attributed statements (the PolNeAR "content found" figure). Invented sentences.

describe('a possessive determiner after a clause-taking cue opens its object phrase', () => {
  it.each([
    [
      'Mr. Orla Fenn reiterated his support for the harbour levy.',
      'his support for the harbour levy',
      'Orla Fenn',
      'reiterated',
    ],
    [
      'The council acknowledged their deep frustration with the ferry.',
      'their deep frustration with the ferry',
      'council',
      'acknowledged',
    ],
  ])('%s', (sentence, text, speaker, cue) => {
    expect(extractClaims(sentence)).toMatchObject([{ text, speaker, cue }]);
  });

  it('leaves an object pronoun before an infinitive alone ("asked her to leave")', () => {
    const claims = extractClaims('The warden asked her to leave the depot before noon.');
    expect(claims.every((c) => c.cue === null)).toBe(true);
  });
});
