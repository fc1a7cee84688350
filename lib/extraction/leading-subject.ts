import type { Token } from './types';
import { isHeadToken, isPronoun, type SpeakerPhrase } from './noun-phrase';
import { isDash, isQuoteMark } from './tokens';
import { QUANTIFIERS, SPEAKER_VERB_ADVERBS, TIME_WORDS } from './word-lists';

const MAX_SUBJECT_TOKENS = 25;
const TIME_PREPOSITIONS = new Set(['on', 'at', 'in', 'late', 'early', 'this', 'last']);

// "those surveyed", "most", "About four in 10": quantifiers and numbers can head a subject.
const isSubjectHead = (t: Token) =>
  isHeadToken(t) ||
  isPronoun(t) ||
  /^(NOUN|PROPN|PRON|NUM)$/.test(t.pos ?? '') ||
  QUANTIFIERS.has(t.lower) ||
  /^(those|these|others)$/.test(t.lower);
const isClauseBreak = (t: Token) =>
  t.text === ',' || t.text === ';' || t.text === ':' || isDash(t) || isQuoteMark(t);

/**
 * The subject of a reporting verb that is the first verb of its clause: everything from the clause start (or
 * the last comma before the cue) up to the cue, when the tagger finds no verb in it — "The deputy head of
 * China's delegation to the forum said …", "About four in 10 said …". Time adjuncts right before the cue are
 * dropped ("Sean Spicer on Thursday evening said"). Participles inside the phrase ("those surveyed") are
 * allowed; a finite verb or auxiliary means the words before the cue are a clause, not a subject.
 */
export function leadingSubject(tokens: Token[], cue: number, start: number): SpeakerPhrase | null {
  let last = cue - 1;
  while (last >= start && SPEAKER_VERB_ADVERBS.has(tokens[last].lower)) last--;
  while (
    last > start &&
    (TIME_WORDS.has(tokens[last].lower) || TIME_PREPOSITIONS.has(tokens[last].lower))
  )
    last--;
  if (last < start || !tokens[last].isWord || /^(and|but|or|that)$/.test(tokens[last].lower))
    return null;
  let first = last;
  while (first > start && !isClauseBreak(tokens[first - 1])) first--;
  while (first <= last && !tokens[first].isWord) first++;
  if (last - first + 1 > MAX_SUBJECT_TOKENS || first > last) return null;
  const phrase = tokens.slice(first, last + 1);
  const finiteVerb = phrase.some(
    (t) =>
      t.pos === 'AUX' ||
      (t.pos === 'VERB' && !/(?:ed|ing|en)$/.test(t.lower)) ||
      /^(who|which|whose|whom|that)$/.test(t.lower),
  );
  if (finiteVerb || !phrase.some(isSubjectHead)) return null;
  return { tokens: phrase, roleTokens: null, first };
}
