import { describe, expect, it } from 'vitest';
import { pairQuery, rarestLexemes, selectPairs } from '@/lib/matching/lexeme-query';

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
    expect(rarestLexemes(lexemes, 4).map((l) => l.lexeme)).toEqual([
      'ukrain',
      'ohchr',
      'civilian',
      'kill',
    ]);
  });

  it('falls back to the longest lexemes on a table without statistics', () => {
    const lexemes = ['war', 'invas', 'civilian', 'kill'].map((lexeme) => ({
      lexeme,
      frequency: null,
    }));
    expect(rarestLexemes(lexemes, 2).map((l) => l.lexeme)).toEqual(['civilian', 'invas']);
  });
});

describe('selectPairs', () => {
  const lexemes = [
    { lexeme: 'ukrain', frequency: null },
    { lexeme: 'civilian', frequency: 0.004 },
    { lexeme: 'kill', frequency: 0.01 },
    { lexeme: 'say', frequency: 0.2 },
  ];

  it('keeps the most selective pairs while their estimated rows fit the budget', () => {
    // At 1M claims: ukrain&civilian ≈ 2 rows, ukrain&kill ≈ 5, civilian&kill 40, ukrain&say 100, …
    const stats = { claims: 1_000_000, floor: 0.001 };
    expect(selectPairs(lexemes, stats, 10)).toEqual([
      ['ukrain', 'civilian'],
      ['ukrain', 'kill'],
      ['civilian', 'kill'],
    ]);
    expect(selectPairs(lexemes, stats, 50)).toEqual([
      ['ukrain', 'civilian'],
      ['ukrain', 'kill'],
      ['civilian', 'kill'],
    ]);
    // Never nothing: the most selective pair even when it alone exceeds the budget, and for each
    // of its words the best pair without it, in case the rewording lacks that word.
    expect(selectPairs(lexemes, stats, 0)).toEqual([
      ['ukrain', 'civilian'],
      ['civilian', 'kill'],
      ['ukrain', 'kill'],
    ]);
  });

  it('pairs every lexeme on a table never analysed', () => {
    expect(selectPairs(lexemes, { claims: null, floor: null }, 50)).toHaveLength(6);
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
