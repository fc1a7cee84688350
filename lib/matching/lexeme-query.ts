// Which of a claim's words the full-text candidate path asks the index for, and how.

export interface QueryLexeme {
  lexeme: string;
  /**
   * Share of claims holding it, from ANALYZE's most common elements of "matchVector" (pg_stats);
   * null when it is rarer than every element ANALYZE keeps (or the table was never analysed).
   */
  frequency: number | null;
}

/** How many of the claim's lexemes the query pairs up (8 make 28 pairs). */
export const QUERY_LEXEMES = 8;

/**
 * The claim's rarest lexemes, rarest first. A GIN scan reads the whole posting list of every
 * lexeme it asks for, so common words ("say", "year") cost most and select least; among lexemes
 * rarer than any ANALYZE tracks, longer ones first.
 */
export function rarestLexemes(lexemes: readonly QueryLexeme[], count = QUERY_LEXEMES): string[] {
  const frequency = new Map<string, number>();
  for (const { lexeme, frequency: f } of lexemes)
    frequency.set(lexeme, Math.min(frequency.get(lexeme) ?? Infinity, f ?? 0));
  return [...frequency.keys()]
    .sort(
      (a, b) => frequency.get(a)! - frequency.get(b)! || b.length - a.length || a.localeCompare(b),
    )
    .slice(0, count);
}

const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** "(a & b) | (a & c) | …" over the given lexemes: a candidate shares at least two of them. */
export function pairQuery(words: readonly string[]): string | null {
  const unique = [...new Set(words)];
  if (unique.length === 0) return null;
  if (unique.length === 1) return quote(unique[0]);
  const pairs: string[] = [];
  for (let i = 0; i < unique.length; i++)
    for (let j = i + 1; j < unique.length; j++)
      pairs.push(`(${quote(unique[i])} & ${quote(unique[j])})`);
  return pairs.join(' | ');
}
