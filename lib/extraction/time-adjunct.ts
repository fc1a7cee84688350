/**
 * "Lee earlier Thursday said", "Lee late Monday said", "The Times earlier this week reported": a time adjunct
 * between a subject and its cue, opened by a temporal word (closed class) and holding a calendar name or a
 * derived time noun that is not a person or group noun ("The Bush administration said" has no adjunct).
 */
import { isGroupWord, isRoleWord } from './noun-phrase';
import type { Token } from './types';
import { CALENDAR_WORDS, TIME_WORDS } from './word-lists';

// Temporal words that open an adjunct before a time noun (closed class).
const TIME_OPENERS = new Set(['on', 'late', 'early', 'earlier', 'later', 'this', 'last', 'next']);
const MAX_ADJUNCT_TOKENS = 4;

const isTimeNoun = (t: Token) =>
  (CALENDAR_WORDS.has(t.lower) || (TIME_WORDS.has(t.lower) && t.pos === 'NOUN')) &&
  !isRoleWord(t) &&
  !isGroupWord(t);

/** The index of the last token before a time adjunct ending at `last`, or `last` when there is none. */
export function beforeTimeAdjunct(tokens: Token[], last: number, min: number): number {
  if (!isTimeNoun(tokens[last])) return last;
  for (let k = last - 1; k > min && last - k < MAX_ADJUNCT_TOKENS; k--) {
    const t = tokens[k];
    if (TIME_OPENERS.has(t.lower) && !t.isCapitalized) return k - 1;
    if (!isTimeNoun(t) && !TIME_OPENERS.has(t.lower)) return last;
  }
  return last;
}
