/** Where a clause splits: the main clause after "While A, …", and whether a prefix before a speaker is a clause. */
import { indexOfMark, wordCount } from './clause-span';
import { PREPOSITIONS } from './cue-content';
import { isDash } from './tokens';
import type { Token } from './types';

/** "While A—B—they C": the dash or comma after which the main clause starts. */
export function subordinateSplit(t: Token[], start: number, end: number): number {
  for (let i = start + 2; i < end - 2; i++) {
    if (t[i].text !== ',' && !isDash(t[i])) continue;
    const next = t[i + 1];
    if (
      next.isWord &&
      !/^\d/.test(next.text) &&
      (next.isCapitalized ||
        /^(they|he|she|it|we|i|the|a|an|there|its|their|his|her|some|many|both)$/.test(next.lower))
    )
      return i;
  }
  return -1;
}

/** A prefix before a mid-sentence speaker is its own claim unless it is a short adverbial ("Despite this,"). */
export function isClausePrefix(tokens: Token[], start: number, end: number): boolean {
  const words = wordCount(tokens, start, end);
  if (words < 4) return words >= 2 && isShortClause(tokens, start, end);
  const adverbialStart =
    PREPOSITIONS.has(tokens[start].lower) ||
    /^(despite|in|as|after|before|since|for|on|at)$/.test(tokens[start].lower);
  return !adverbialStart || indexOfMark(tokens, ',', start, end) > 0;
}

/** "Prices rose sharply and …": a subject, then a finite verb, in a few words. */
function isShortClause(t: Token[], start: number, end: number): boolean {
  if (!/^(NOUN|PROPN|PRON|NUM)$/.test(t[start].pos ?? '')) return false;
  for (let k = start + 1; k < end; k++)
    if (/^(VERB|AUX)$/.test(t[k].pos ?? '') && !/ing$/.test(t[k].lower)) return true;
  return false;
}
