import type { Token } from './types';
import { auxiliaryBeforeAdjunct } from './aux-adjunct';
import { isGroupWord, isPronoun, isRoleWord, type SpeakerPhrase } from './noun-phrase';
import { isDash, isQuoteMark, isVerbAdverb } from './tokens';
import { CLAUSE_OPENERS, QUANTIFIERS, TIME_WORDS } from './word-lists';

const MAX_SUBJECT_TOKENS = 25;
const TIME_PREPOSITIONS = new Set(['on', 'at', 'in', 'late', 'early', 'this', 'last']);

/**
 * A word that can name who speaks, before any preposition of the phrase: a name, a person or group noun,
 * a pronoun, a number or quantifier ("About four in 10", "those surveyed") — not "Talks are continuing".
 */
const isSpeakerWord = (t: Token) =>
  (t.isWord && t.pos === 'PROPN') ||
  isRoleWord(t) ||
  isGroupWord(t) ||
  isPronoun(t) ||
  t.pos === 'NUM' ||
  QUANTIFIERS.has(t.lower) ||
  /^(those|these|others)$/.test(t.lower);

function namesSpeaker(phrase: Token[]): boolean {
  // "More than six in 10": "than" belongs to the quantity, not a prepositional phrase.
  const preposition = phrase.findIndex((t, i) => i > 0 && t.pos === 'ADP' && t.lower !== 'than');
  return phrase.slice(0, preposition > 0 ? preposition : phrase.length).some(isSpeakerWord);
}
const isClauseBreak = (t: Token) =>
  t.text === ',' || t.text === ';' || t.text === ':' || isDash(t) || isQuoteMark(t);

/**
 * The subject of a reporting verb that is the first verb of its clause: everything from the clause start (or
 * the last comma before the cue) up to the cue, when the tagger finds no verb in it — "The deputy head of
 * China's delegation to the forum said …", "About four in 10 said …". Time adjuncts right before the cue are
 * dropped ("Sean Spicer on Thursday evening said"). Participles inside the phrase ("those surveyed") are
 * allowed; a finite verb or auxiliary means the words before the cue are a clause, not a subject.
 */
export function leadingSubject(
  tokens: Token[],
  cue: number,
  start: number,
  thatClause = false,
): SpeakerPhrase | null {
  const gerund = /ing$/.test(tokens[cue].lower);
  let progressive = false;
  let last = cue - 1;
  // "has, however, revealed", "have in the past said": an adjunct after the auxiliary.
  const auxiliary = gerund ? -1 : auxiliaryBeforeAdjunct(tokens, last, start);
  if (auxiliary >= 0) last = auxiliary;
  // "would only say", "has repeatedly said", "did not say": auxiliaries and adverbs belong to the verb.
  while (
    last >= start &&
    (isVerbAdverb(tokens[last]) || tokens[last].pos === 'AUX' || tokens[last].lower === 'not')
  ) {
    // "is expected to", "was told": a form of "be" before a past participle is a passive, not a speaker's verb.
    if (tokens[last].lemma === 'be') {
      if (!gerund) return null;
      progressive = true;
    }
    last--;
  }
  // A bare "-ing" form is a participle clause ("…, saying …"); "is urging" is a finite verb.
  if (gerund && !progressive) return null;
  if (tokens[last]?.text === ',') return appositiveSubject(tokens, last, start);
  // '… star of the show "The Apprentice," said': the comma closing the appositive sits inside the quote.
  if (isQuoteMark(tokens[last]) && tokens[last - 1]?.text === ',')
    return appositiveSubject(tokens, last + 1, start);
  while (
    last > start &&
    (TIME_WORDS.has(tokens[last].lower) || TIME_PREPOSITIONS.has(tokens[last].lower))
  )
    last--;
  // "Ann Lee (D-Ohio) last week said": a party or state tag after the name.
  if (tokens[last]?.text === ')') {
    let open = last - 1;
    while (open > start && tokens[open].text !== '(' && last - open < 6) open--;
    if (tokens[open]?.text === '(' && open > start) last = open - 1;
  }
  // "26% say": a share written with a percent sign.
  const percent = tokens[last]?.text === '%' && tokens[last - 1]?.pos === 'NUM';
  if (
    last < start ||
    (!tokens[last].isWord && !percent) ||
    /^(and|but|or|that)$/.test(tokens[last].lower)
  )
    return null;
  let first = last;
  while (first > start && !isClauseBreak(tokens[first - 1])) first--;
  while (first <= last && !tokens[first].isWord) first++;
  first = afterTimeAdjunct(tokens, first, last);
  if (last - first + 1 > MAX_SUBJECT_TOKENS || first > last) return null;
  const phrase = tokens.slice(first, last + 1);
  // "exit polls suggested that …", "some analyses suggest that …": before "VERB that", any noun heads the subject.
  const nounHead = thatClause && /^(NOUN|PROPN)$/.test(phrase[phrase.length - 1].pos ?? '');
  if (!isNounPhrase(phrase, nounHead)) return null;
  return { tokens: phrase, roleTokens: null, first };
}

/** "On Monday the minister said": a leading time adjunct without a comma is not part of the subject. */
function afterTimeAdjunct(tokens: Token[], first: number, last: number): number {
  if (!TIME_PREPOSITIONS.has(tokens[first]?.lower ?? '')) return first;
  let k = first + 1;
  while (k < last && (TIME_WORDS.has(tokens[k].lower) || tokens[k].pos === 'NUM')) k++;
  return k > first + 1 ? k : first;
}

/**
 * No finite verb or relative pronoun, and some word that can head a subject; with `anyHead` (before
 * "VERB that") a phrase without any verb will do.
 */
function isNounPhrase(phrase: Token[], anyHead = false): boolean {
  // "That person said": a demonstrative before its noun is not a relative pronoun.
  const demonstrative = (i: number) => i === 0 && /^(NOUN|ADJ)$/.test(phrase[1]?.pos ?? '');
  const finiteVerb = phrase.some(
    (t, i) =>
      t.pos === 'AUX' ||
      (t.pos === 'VERB' && !/(?:ed|ing|en)$/.test(t.lower)) ||
      (/^(who|which|whose|whom|that)$/.test(t.lower) && !(t.lower === 'that' && demonstrative(i))),
  );
  if (finiteVerb) return false;
  return namesSpeaker(phrase) || (anyHead && !phrase.some((t) => t.pos === 'VERB'));
}

const MAX_APPOSITIVE_TOKENS = 30;
const MAX_NAME_WORDS = 5;

/**
 * "Arturo Sarukhan, Mexico's ambassador to the United States from 2007 to 2013, said …", "Marco Rubio, R-Fla.,
 * appearing on Fox News, said …": the clause opens with a noun phrase and a comma, and an appositive of any
 * length (quotations in it closed) runs to the comma before the cue. When the appositive is itself a name
 * ("Another delegate on the slate, Jim Poolman, said"), the name is the speaker and the phrase its role.
 */
function appositiveSubject(tokens: Token[], end: number, start: number): SpeakerPhrase | null {
  let comma = end;
  while (comma > start && !tokens[comma - 1].isWord) comma--;
  let first = start;
  while (first < comma && !tokens[first].isWord) first++;
  // "And a second farmer, Orla Fenn, said": a leading conjunction is not part of the subject.
  if (/^(and|but)$/.test(tokens[first]?.lower ?? '') && tokens[first + 1]?.isWord) first++;
  let close = first;
  while (close < comma && tokens[close].text !== ',') close++;
  if (close >= comma || comma - close > MAX_APPOSITIVE_TOKENS || close - first > MAX_SUBJECT_TOKENS)
    return null;
  const head = tokens.slice(first, close);
  const appositive = tokens.slice(close + 1, comma);
  const quoteMarks = tokens.slice(close + 1, end).filter(isQuoteMark).length;
  if (
    !head[0]?.isWord ||
    CLAUSE_OPENERS.has(head[0].lower) ||
    !isNounPhrase(head) ||
    quoteMarks % 2 === 1 ||
    appositive.some((t) => t.text === ';' || isDash(t))
  )
    return null;
  const words = appositive.filter((t) => t.isWord);
  if (words.length >= 2 && words.length <= MAX_NAME_WORDS && words.every((t) => t.isCapitalized))
    return { tokens: appositive, roleTokens: head, first };
  return { tokens: head, roleTokens: appositive, first };
}
