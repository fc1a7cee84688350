// Which of a claim's words the full-text candidate path asks the index for, and how.

export interface QueryLexeme {
  lexeme: string;
  /**
   * Share of claims holding it, from ANALYZE's most common elements of "matchVector" (pg_stats);
   * null when it is rarer than every element ANALYZE keeps (or the table was never analysed).
   */
  frequency: number | null;
}

export interface LexemeStats {
  /** Claims in the table as of the last ANALYZE; null if never analysed. */
  claims: number | null;
  /** Share of claims holding the least common lexeme ANALYZE keeps; an untracked one is rarer. */
  floor: number | null;
}

/** How many of the claim's lexemes the query may pair up (8 make 28 pairs). */
export const QUERY_LEXEMES = 8;
/** Estimated rows the pairs may fetch together: each one is read from the heap and ranked. */
export const PAIR_BUDGET = 200;

const frequencyOf = (lexeme: QueryLexeme, stats: LexemeStats) =>
  lexeme.frequency ?? (stats.floor === null ? 0 : stats.floor / 2);

/**
 * The claim's rarest lexemes, rarest first. A GIN scan reads the whole posting list of every
 * lexeme it asks for, so common words ("say", "year") cost most and select least; among lexemes
 * rarer than any ANALYZE tracks, longer ones first.
 */
export function rarestLexemes(
  lexemes: readonly QueryLexeme[],
  count = QUERY_LEXEMES,
  stats: LexemeStats = { claims: null, floor: null },
): QueryLexeme[] {
  const unique = new Map<string, QueryLexeme>();
  for (const lexeme of lexemes) {
    const seen = unique.get(lexeme.lexeme);
    if (!seen || frequencyOf(lexeme, stats) < frequencyOf(seen, stats))
      unique.set(lexeme.lexeme, lexeme);
  }
  return [...unique.values()]
    .sort(
      (a, b) =>
        frequencyOf(a, stats) - frequencyOf(b, stats) ||
        b.lexeme.length - a.lexeme.length ||
        a.lexeme.localeCompare(b.lexeme),
    )
    .slice(0, count);
}

/**
 * Pairs of the rarest lexemes, most selective first, while their estimated rows (claims × both
 * frequencies, as if independent) fit PAIR_BUDGET; at least the most selective pair, and never
 * all through one word. Without statistics (a new or small table) every pair of the rarest lexemes.
 */
export function selectPairs(
  lexemes: readonly QueryLexeme[],
  stats: LexemeStats,
  budget = PAIR_BUDGET,
): string[][] {
  const words = rarestLexemes(lexemes, QUERY_LEXEMES, stats);
  if (words.length === 1) return [[words[0].lexeme]];
  const pairs: { words: string[]; rows: number }[] = [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++)
      pairs.push({
        words: [words[i].lexeme, words[j].lexeme],
        rows: (stats.claims ?? 0) * frequencyOf(words[i], stats) * frequencyOf(words[j], stats),
      });
  pairs.sort((a, b) => a.rows - b.rows);
  const chosen: string[][] = [];
  let rows = 0;
  for (const pair of pairs) {
    if (chosen.length && rows + pair.rows > budget) break;
    chosen.push(pair.words);
    rows += pair.rows;
  }
  // No one word decides: a rewording may lack any of them (a synonym, "10" for "ten"), so for a
  // word every chosen pair holds, the most selective pair without it is asked too.
  for (const word of new Set(chosen.flat())) {
    if (!chosen.every((words) => words.includes(word))) continue;
    const spare = pairs.find((pair) => !pair.words.includes(word) && !chosen.includes(pair.words));
    if (spare) chosen.push(spare.words);
  }
  return chosen;
}

const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** "(a & b) | (a & c) | …": a candidate holds both lexemes of at least one group. */
export function tsqueryOf(groups: readonly (readonly string[])[]): string | null {
  if (!groups.length) return null;
  if (groups.length === 1 && groups[0].length === 1) return quote(groups[0][0]);
  return groups.map((group) => `(${group.map(quote).join(' & ')})`).join(' | ');
}

/** Every pair of the given lexemes as a tsquery: a candidate shares at least two of them. */
export function pairQuery(words: readonly string[]): string | null {
  const unique = [...new Set(words)];
  if (unique.length <= 1) return tsqueryOf(unique.map((word) => [word]));
  const pairs: string[][] = [];
  for (let i = 0; i < unique.length; i++)
    for (let j = i + 1; j < unique.length; j++) pairs.push([unique[i], unique[j]]);
  return tsqueryOf(pairs);
}
