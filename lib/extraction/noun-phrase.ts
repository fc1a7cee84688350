import type { Token } from './types';
import { bareLower, isDash, isOpenQuote, isPossessive, isQuoteMark } from './tokens';
import {
  CLAUSE_OPENERS,
  DETERMINERS,
  GROUP_NOUNS,
  HONORIFICS,
  LINKING_PREPOSITIONS,
  NAME_PARTICLES,
  NP_MODIFIERS,
  NUMBER_WORDS,
  PERSONAL_PRONOUNS,
  PLURAL_PRONOUNS,
  QUANTIFIERS,
  QUANTITY_LEADS,
  NEUTER_PRONOUNS,
  ROLE_NOUNS,
} from './word-lists';

/** A speaker phrase: token range plus an optional appositive role ("Farhan Haq, the deputy UN spokesman,"). */
export interface SpeakerPhrase {
  tokens: Token[];
  roleTokens: Token[] | null;
  /** Index of the first token of the phrase (or of its parenthetical) in the sentence tokens. */
  first: number;
}

export const MAX_PHRASE_TOKENS = 12;
// Sentence-initial function words are capitalised but never part of a name.
const CAPITALISED_FUNCTION_WORDS = new Set([
  'in',
  'on',
  'at',
  'for',
  'from',
  'with',
  'by',
  'to',
  'of',
  'what',
  'who',
  'why',
  'how',
  'there',
  'despite',
  'during',
  'because',
  'nor',
  'we',
  'i',
  'you',
  'our',
  'my',
  'your',
  'this',
  'these',
  'those',
  'initially',
  'everybody',
  'nobody',
]);
export const PASSIVE_MARKERS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

const isAcronym = (t: Token) =>
  t.text.length > 1 && /^[\p{Lu}\d.&-]+$/u.test(t.text) && t.text !== 'I';
export const isPronoun = (t: Token) =>
  PERSONAL_PRONOUNS.has(t.lower) || PLURAL_PRONOUNS.has(t.lower) || NEUTER_PRONOUNS.has(t.lower);
export const isRoleWord = (t: Token) =>
  ROLE_NOUNS.has(bareLower(t)) ||
  t.lower.split('-').some((part) => ROLE_NOUNS.has(part) && part !== 'vice');
export const isGroupWord = (t: Token) => GROUP_NOUNS.has(bareLower(t));

/** A common noun by the tagger ("air force", "correspondents"): heads a speaker phrase that names its owner. */
const isCommonNoun = (t: Token) => t.pos === 'NOUN' && !t.isCapitalized;

/** A verb right after a noun ("Senator Ann Lee left …", "the law violated …") is the clause's verb, not a modifier. */
export const isVerbAfterNoun = (tokens: Token[], i: number) =>
  /^(VERB|AUX)$/.test(tokens[i]?.pos ?? '') && /^(NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '');

/** A token that can head a speaker phrase. */
export function isHeadToken(t: Token): boolean {
  if (!t.isWord) return false;
  if (t.isCapitalized) return isPhraseToken(t) && (!QUANTIFIERS.has(t.lower) || isAcronym(t));
  return isRoleWord(t) || isGroupWord(t) || isCommonNoun(t);
}

/** A token that can sit inside a speaker phrase. */
export function isPhraseToken(t: Token): boolean {
  if (!t.isWord) return false;
  if (t.isCapitalized)
    return (
      isAcronym(t) || (!CLAUSE_OPENERS.has(t.lower) && !CAPITALISED_FUNCTION_WORDS.has(t.lower))
    );
  const bare = bareLower(t);
  return (
    NP_MODIFIERS.has(t.lower) ||
    ROLE_NOUNS.has(bare) ||
    GROUP_NOUNS.has(bare) ||
    NAME_PARTICLES.has(t.lower) ||
    NUMBER_WORDS.has(t.lower) ||
    /^\d/.test(t.text) ||
    isPossessive(t) ||
    isRoleWord(t) ||
    isCommonNoun(t)
  );
}

/** Punctuation or a conjunction after which a new speaker phrase may begin. */
export function isPhraseBoundary(t: Token | undefined): boolean {
  if (!t) return true;
  if (!t.isWord)
    return (
      t.text === ',' ||
      t.text === ';' ||
      t.text === ':' ||
      t.text === '(' ||
      isDash(t) ||
      isQuoteMark(t) ||
      t.text === "'" ||
      t.text === '’' ||
      t.text === '‘'
    );
  return CLAUSE_OPENERS.has(t.lower);
}

/** Extends a phrase leftwards from `last` (inclusive) over phrase tokens; returns the first index. */
function scanPhraseStart(tokens: Token[], last: number, min: number): number {
  let i = last;
  while (i >= min && last - i < MAX_PHRASE_TOKENS) {
    const t = tokens[i];
    if (isPhraseToken(t)) {
      i--;
      continue;
    }
    const next = tokens[i + 1];
    // "observers from the African Union", "Secretary of State Antony Blinken".
    const prev = tokens[i - 1];
    if (
      LINKING_PREPOSITIONS.has(t.lower) &&
      i < last &&
      prev &&
      (isRoleWord(prev) || isGroupWord(prev)) &&
      (next.isCapitalized || /^(the|a|an)$/.test(next.lower))
    ) {
      i--;
      continue;
    }
    // An unlisted lowercase modifier directly before a role or group noun ("electoral commission").
    const beforeName = next?.isCapitalized && /^(the|a|an)$/.test(tokens[i - 1]?.lower ?? '');
    if (
      t.isWord &&
      !t.isCapitalized &&
      i < last &&
      next &&
      (isRoleWord(next) || isGroupWord(next) || beforeName) &&
      !PASSIVE_MARKERS.has(t.lower) &&
      !CLAUSE_OPENERS.has(t.lower) &&
      !/(?:ed|ing)$/.test(t.lower)
    ) {
      i--;
      continue;
    }
    break;
  }
  return i + 1;
}

/** "Ivan Petrov", "Mary Ann de Souza": two to five capitalised words (or name particles), no role noun. */
export function looksLikeName(tokens: Token[]): boolean {
  return (
    tokens.length >= 2 &&
    tokens.length <= 5 &&
    tokens[0].isCapitalized &&
    tokens.every((t) => t.isWord && (t.isCapitalized || NAME_PARTICLES.has(t.lower))) &&
    !tokens.some((t) => isRoleWord(t) || isGroupWord(t))
  );
}

export function looksLikeRole(tokens: Token[]): boolean {
  // "who's running for president" is a relative clause, not a role.
  return (
    tokens.length > 0 &&
    tokens.length <= 10 &&
    tokens.some(isRoleWord) &&
    !tokens.some((t) => t.lower === 'said') &&
    !/^(?:who|whom|whose|which)(?:['’](?:s|d|ll|ve))?$/.test(tokens[0].lower)
  );
}

export function phraseEndingAt(
  tokens: Token[],
  last: number,
  min: number,
  requireBoundary = true,
): SpeakerPhrase | null {
  if (last < min || !tokens[last].isWord) return null;
  if (isPronoun(tokens[last])) {
    return isPhraseBoundary(tokens[last - 1]) || last === min
      ? { tokens: [tokens[last]], roleTokens: null, first: last }
      : null;
  }
  if (!isHeadToken(tokens[last])) return null;
  const first = scanPhraseStart(tokens, last, min);
  if (first > last) return null;
  if (requireBoundary && first > min && !isPhraseBoundary(tokens[first - 1])) return null;
  const phrase = tokens.slice(first, last + 1);
  if (!phrase.some(isHeadToken)) return null;
  // A plain common noun names a speaker only with its owner or a determiner ("Queensland police", "the panel").
  const head = tokens[last];
  if (
    !head.isCapitalized &&
    !isRoleWord(head) &&
    !isGroupWord(head) &&
    !phrase.some(
      (t) =>
        t.isCapitalized || DETERMINERS.has(t.lower) || /^(his|her|its|their|our)$/.test(t.lower),
    )
  )
    return null;
  return { tokens: phrase, roleTokens: null, first };
}

/** The speaker-like phrase at the start of a clause (its grammatical subject), if any. */
export function phraseAtStart(tokens: Token[], start: number, end: number): SpeakerPhrase | null {
  let i = start;
  while (i < end && (isOpenQuote(tokens[i]) || !tokens[i].isWord)) i++;
  const first = i;
  if (i < end && isPronoun(tokens[i])) return { tokens: [tokens[i]], roleTokens: null, first };
  if (i < end && opensWithAdverb(tokens, i)) return null;
  while (
    i < end &&
    i - first < MAX_PHRASE_TOKENS &&
    isPhraseToken(tokens[i]) &&
    !(i > first && isVerbAfterNoun(tokens, i))
  )
    i++;
  let last = i - 1;
  while (last >= first && !isHeadToken(tokens[last])) last--;
  if (last < first) return null;
  // "Farhan Haq, the deputy UN spokesman, ..." keeps its appositive role.
  let roleTokens: Token[] | null = null;
  if (last === i - 1 && tokens[i]?.text === ',') {
    let k = i + 1;
    while (k < end && tokens[k].text !== ',' && k - i <= MAX_PHRASE_TOKENS) k++;
    const inner = tokens.slice(i + 1, k);
    const closed = tokens[k]?.text === ',' || k >= end || (k === end - 1 && !tokens[k].isWord);
    if (closed && looksLikeRole(inner) && /^(the|a|an)$/.test(inner[0]?.lower ?? ''))
      roleTokens = inner.filter((t) => t.isWord || t.text !== '.').slice(1);
  }
  return { tokens: tokens.slice(first, last + 1), roleTokens, first };
}

/**
 * "Ultimately, Lee …", "Once he was mayor, …", "Hastily blaming …": a capitalised adverb or subordinator
 * before a comma or a lowercase word opens an adjunct, not a name ("Jolly said", "Right Wing Watch" and
 * "Almost half" are phrases: a finite verb, a capitalised word or a quantity follows).
 */
function opensWithAdverb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t.isCapitalized || !/^(ADV|SCONJ)$/.test(t.pos ?? '') || QUANTITY_LEADS.has(t.lower))
    return false;
  if (!next || next.text === ',') return true;
  if (!next.isWord || next.isCapitalized) return false;
  return !(/^(VERB|AUX)$/.test(next.pos ?? '') && !/ing$/.test(next.lower));
}

/**
 * Whatever follows "according to" up to `end` is the source ("the state weather bureau", "early results of
 * exit polls conducted for the network by a polling firm": no length limit); an inverted speaker is short.
 */
export function sourcePhrase(
  tokens: Token[],
  start: number,
  end: number,
  maxTokens = MAX_PHRASE_TOKENS,
): SpeakerPhrase | null {
  let last = end - 1;
  while (last >= start && !tokens[last].isWord) last--;
  if (last < start || last - start >= maxTokens) return null;
  const phrase = tokens.slice(start, last + 1);
  return phrase.some((t) => t.isCapitalized || isHeadToken(t)) || phrase.length <= 4
    ? { tokens: phrase, roleTokens: null, first: start }
    : null;
}

export const isHonorific = (t: Token) => HONORIFICS.has(t.lower);
