import { describe, expect, it } from 'vitest';
import { pairQuery, rarestLexemes } from '@/lib/matching/lexeme-query';

describe('rarestLexemes', () => {
  it('puts lexemes ANALYZE does not track first, then the least common, dropping the rest', () => {
    const lexemes = [
      { lexeme: 'say', frequency: 0.2 },
      { lexeme: 'civilian', frequency: 0.004 },
      { lexeme: 'administr', frequency: 0.05 },
      { lexeme: 'ukrain', frequency: null },
      { lexeme: 'kill', frequency: 0.01 },
      { lexeme: 'ohchr', frequency: null },
    ];
    expect(rarestLexemes(lexemes, 4)).toEqual(['ukrain', 'ohchr', 'civilian', 'kill']);
  });

  it('falls back to the longest lexemes on a table without statistics', () => {
    const lexemes = ['war', 'invas', 'civilian', 'kill'].map((lexeme) => ({
      lexeme,
      frequency: null,
    }));
    expect(rarestLexemes(lexemes, 2)).toEqual(['civilian', 'invas']);
  });
});

describe('pairQuery', () => {
  it('asks for any two of the lexemes, quoted', () => {
    expect(pairQuery([])).toBeNull();
    expect(pairQuery(["o'neil"])).toBe("'o''neil'");
    expect(pairQuery(['civilian', 'kill', 'ukrain'])).toBe(
      "('civilian' & 'kill') | ('civilian' & 'ukrain') | ('kill' & 'ukrain')",
    );
  });
});
