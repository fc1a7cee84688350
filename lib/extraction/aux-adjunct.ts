import type { Token } from './types';

const MAX_ADJUNCT_TOKENS = 4;
const ADJUNCT_TAGS = new Set(['ADV', 'ADP', 'DET', 'ADJ', 'NOUN']);
const isAdjunctWord = (t: Token | undefined) => !!t?.isWord && ADJUNCT_TAGS.has(t.pos ?? '');

/**
 * "has, however, revealed", "have, in fact, praised", "have in the past said": an adverb between commas, or a
 * short prepositional phrase, between an auxiliary and its participle. `last` is the token right before the
 * participle; returns the auxiliary's index, or -1, so the subject is looked up before the auxiliary.
 */
export function auxiliaryBeforeAdjunct(tokens: Token[], last: number, start: number): number {
  const t = tokens;
  if (t[last]?.text === ',') {
    let k = last - 1;
    while (k > start && last - k <= MAX_ADJUNCT_TOKENS && isAdjunctWord(t[k])) k--;
    return t[k]?.text === ',' && k < last - 1 && k > start && t[k - 1].pos === 'AUX' ? k - 1 : -1;
  }
  for (let k = last; k > start && last - k < MAX_ADJUNCT_TOKENS; k--) {
    if (!isAdjunctWord(t[k])) return -1;
    if (t[k].pos === 'ADP' && t[k - 1].pos === 'AUX') return k - 1;
  }
  return -1;
}
