/**
 * The speaker phrase right before a cue: skips adverbs, a parenthesised tag, a dash or comma aside and a
 * time adjunct between the subject and the cue ("Trump, speaking at a rally …, warned", "the farmer said").
 */
import {
  isGroupWord,
  isPhraseBoundary,
  isRoleWord,
  looksLikeName,
  looksLikeRole,
  MAX_PHRASE_TOKENS,
  PASSIVE_MARKERS,
  phraseEndingAt,
  type SpeakerPhrase,
} from './noun-phrase';
import { taggedSubjectBefore } from './tagged-subject';
import { beforeTimeAdjunct } from './time-adjunct';
import { isDash, isQuoteMark, isVerbAdverb } from './tokens';
import type { Token } from './types';
import { CLAUSE_OPENERS, DETERMINERS } from './word-lists';

/**
 * Finds the speaker phrase ending right before the cue at `cue` (skipping adverbs such as "later").
 * Returns null when no phrase, or when the phrase is not preceded by a clause boundary.
 */
export function speakerBefore(tokens: Token[], cue: number, min: number): SpeakerPhrase | null {
  let j = cue - 1;
  while (j >= min && isVerbAdverb(tokens[j])) j--;
  if (j < min) return null;
  if (PASSIVE_MARKERS.has(tokens[j].lower)) return null;
  // Skip a parenthesised acronym or aside between the speaker and the cue ("WHO (UN) said", "Kasich (R-OH), said").
  if (tokens[j].text === ',' && tokens[j - 1]?.text === ')') j--;
  if (tokens[j].text === ')') {
    let open = j - 1;
    while (open >= min && tokens[open].text !== '(' && j - open < 6) open--;
    if (open >= min && tokens[open].text === '(') j = open - 1;
    if (j < min) return null;
  }
  // "Democrats — and some Republicans — say", "A former candidate -- John Lee, who lost in 2008 -- said".
  if (isDash(tokens[j])) {
    let open = j - 1;
    while (open > min && isDash(tokens[open])) open--; // "--"
    while (open > min && !isDash(tokens[open]) && j - open <= MAX_ASIDE_TOKENS) open--;
    if (open <= min || !isDash(tokens[open])) return null;
    while (open > min && isDash(tokens[open - 1])) open--;
    j = open - 1;
    if (j < min) return null;
  }
  if (tokens[j].text === ',') {
    const aside = subjectBeforeAside(tokens, j, min);
    if (aside) return aside;
    // "Farhan Haq, the deputy UN spokesman, said" or "Ukraine, with backing from allies, insists".
    let p = j - 1;
    while (p >= min && tokens[p].text !== ',' && j - p <= MAX_PHRASE_TOKENS) p--;
    if (p < min || tokens[p].text !== ',') return null;
    const inner = tokens.slice(p + 1, j);
    const head = phraseEndingAt(tokens, beforeTag(tokens, p - 1, min), min);
    if (!head) return null;
    if (looksLikeRole(inner)) {
      const role =
        inner[0] && (inner[0].lower === 'the' || inner[0].lower === 'a' || inner[0].lower === 'an')
          ? inner.slice(1)
          : inner;
      return { tokens: head.tokens, roleTokens: role, first: head.first };
    }
    const opens = head.first === min || isPhraseBoundary(tokens[head.first - 1]);
    // "The ministry's spokesman, Ivan Petrov, said": the name in commas is the speaker, the phrase its role.
    const headNoun = head.tokens[head.tokens.length - 1];
    if (opens && looksLikeName(inner) && (isRoleWord(headNoun) || isGroupWord(headNoun))) {
      const role = /^(the|a|an)$/.test(head.tokens[0].lower) ? head.tokens.slice(1) : head.tokens;
      return { tokens: inner, roleTokens: role, first: head.first };
    }
    return opens ? head : null;
  }
  const subject = beforeTimeAdjunct(tokens, j, min);
  if (subject < j) return speakerBefore(tokens, subject + 1, min);
  return (
    phraseEndingAt(tokens, j, min) ??
    commonNounPhrase(tokens, j, min) ??
    taggedSubjectBefore(tokens, j, min)
  );
}

/** "Sen. Ann Lee (D-Ohio), who …": the last index before a short parenthesised tag ending at `last`. */
function beforeTag(tokens: Token[], last: number, min: number): number {
  if (tokens[last]?.text !== ')') return last;
  let open = last - 1;
  while (open > min && tokens[open].text !== '(' && last - open < 6) open--;
  return tokens[open]?.text === '(' && open > min ? open - 1 : last;
}

const MAX_ASIDE_TOKENS = 30;
// Relative pronouns, prepositions and subordinators; participles ("speaking", "flanked") come from the tagger.
const ASIDE_OPENERS = new Set([
  'who',
  'whose',
  'which',
  'in',
  'at',
  'on',
  'during',
  'after',
  'before',
  'from',
  'via',
  'when',
  'while',
]);

/** True for the first word of a subject aside: a relative pronoun, a participle or a preposition. */
function opensAside(t: Token | undefined): boolean {
  if (!t?.isWord || t.isCapitalized) return false;
  return (
    ASIDE_OPENERS.has(t.lower) ||
    /^(?:who|which)['’](?:s|d|ll|ve)$/.test(t.lower) ||
    /[a-z]{3}ing$/.test(t.lower) ||
    (t.pos === 'VERB' && /[a-z]{3}ed$/.test(t.lower))
  );
}

/**
 * "Trump, speaking at a rally in Wilmington, N.C., warned", "The minister, who took office in March, said":
 * the subject before a participial, relative or prepositional aside (which may hold commas) that ends at `comma`.
 */
function subjectBeforeAside(tokens: Token[], comma: number, min: number): SpeakerPhrase | null {
  let quoteMarks = 0;
  for (let p = comma - 1; p >= min && comma - p <= MAX_ASIDE_TOKENS; p--) {
    const tok = tokens[p];
    if (tok.text === ';' || isDash(tok)) return null;
    // A quotation inside the aside ("who calls Trump a “sociopath,”") is fine when it closes inside it.
    if (isQuoteMark(tok)) quoteMarks++;
    if (tok.text !== ',' || !opensAside(tokens[p + 1]) || p + 1 >= comma - 1) continue;
    if (quoteMarks % 2 === 1) return null;
    const head = phraseEndingAt(tokens, beforeTag(tokens, p - 1, min), min);
    if (head && (head.first === min || isPhraseBoundary(tokens[head.first - 1]))) return head;
  }
  return null;
}

/** "the farmer", "a local resident", "one witness": a short determiner phrase right before a cue. */
function commonNounPhrase(tokens: Token[], last: number, min: number): SpeakerPhrase | null {
  const head = tokens[last];
  // The head is a noun: "the minister would recognize" ends on an auxiliary, not on its subject.
  if (
    !head?.isWord ||
    head.isCapitalized ||
    /^(AUX|VERB|ADV|ADP|PART|PRON|SCONJ|CCONJ)$/.test(head.pos ?? '') ||
    /(?:ly|ing|ed)$/.test(head.lower) ||
    PASSIVE_MARKERS.has(head.lower) ||
    CLAUSE_OPENERS.has(head.lower)
  )
    return null;
  for (let i = last - 1; i >= min && last - i <= 3; i--) {
    const t = tokens[i];
    if (DETERMINERS.has(t.lower) || /^(one|another)$/.test(t.lower)) {
      return isPhraseBoundary(tokens[i - 1]) || i === min
        ? { tokens: tokens.slice(i, last + 1), roleTokens: null, first: i }
        : null;
    }
    if (
      !t.isWord ||
      (t.isCapitalized && i > min) ||
      PASSIVE_MARKERS.has(t.lower) ||
      CLAUSE_OPENERS.has(t.lower)
    )
      return null;
  }
  return null;
}
