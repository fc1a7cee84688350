/**
 * "…, current and former officials said", "…, teachers and union officials told the Gazette": a speaker phrase
 * coordinated with a short noun phrase before "and"/"or" takes it in, when a comma, dash or quote opens it.
 */
import type { SpeakerPhrase } from './noun-phrase';
import { isDash, isQuoteMark } from './tokens';
import type { Token } from './types';

const MAX_CONJUNCT_WORDS = 4;
// No determiner: "…, the front-runner and former host of the show said" is an appositive after a name.
const CONJUNCT_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

export function withConjunct(
  t: Token[],
  phrase: SpeakerPhrase | null,
  min: number,
): SpeakerPhrase | null {
  if (!phrase || phrase.roleTokens) return phrase;
  const conj = phrase.first - 1;
  if (conj <= min || !/^(and|or)$/.test(t[conj].lower)) return phrase;
  let first = conj;
  while (
    first > min &&
    conj - first < MAX_CONJUNCT_WORDS &&
    t[first - 1].isWord &&
    CONJUNCT_TAGS.has(t[first - 1].pos ?? '')
  )
    first--;
  const before = t[first - 1];
  if (first === conj || !before || !(before.text === ',' || isQuoteMark(before) || isDash(before)))
    return phrase;
  return { tokens: t.slice(first, phrase.first + phrase.tokens.length), roleTokens: null, first };
}
