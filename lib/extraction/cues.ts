import type { CueType, Token } from './types';
import { isHearsayAdverb, lookupCue } from './cue-lexicon';
import { isTitleCased } from './tag-repairs';
import { isContractedSubject, isOpenQuote, isPossessive } from './tokens';
import { POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS } from './word-lists';

export interface CueMatch {
  /** Token index of the cue's first word. */
  index: number;
  /** Number of tokens the cue spans ("called for" = 2). */
  length: number;
  type: CueType;
  lemma: string;
  participle: boolean;
  /** The speaker may follow the cue ("…, said X"). */
  inverted?: boolean;
}

/** The reporting cue starting at token `i`, if any. */
export function cueAt(tokens: Token[], i: number): CueMatch | null {
  const t = tokens[i];
  if (!t?.isWord || (t.isCapitalized && i > 0 && !isTitleCased(tokens))) return null;
  const next = tokens[i + 1];
  if (t.lower === 'according' && next?.lower === 'to')
    return { index: i, length: 2, type: 'source', lemma: 'according to', participle: false };
  const entry = lookupCue(t, next);
  if (!entry) return null;
  // "the reported deaths", "a warning": a determiner or possessive before the form makes it a noun/adjective.
  const prev = tokens[i - 1];
  if (prev && (/^(the|a|an|its|his|her|their|this|that)$/.test(prev.lower) || isPossessive(prev)))
    return null;
  // "residents reportedly refused to leave": the hearsay adverb reports the whole act, cue included.
  if (prev && isHearsayAdverb(prev)) return null;
  // "Authorities have not yet reported any deaths": a negated report asserts no content of its own.
  if (isNegated(tokens, i)) return null;
  // "agreed to continue talks": a clause-taking verb before an infinitive reports an action, not speech.
  const after = tokens[i + entry.length];
  if (
    entry.type === 'speech' &&
    after?.lower === 'to' &&
    /^(VERB|AUX)$/.test(tokens[i + entry.length + 1]?.pos ?? '')
  )
    return null;
  return {
    index: i,
    length: entry.length,
    type: entry.type,
    lemma: entry.lemma,
    participle: entry.participle,
    inverted: entry.inverted,
  };
}

/** "not", "never" or "n't" right before the cue, over at most one adverb ("have not yet reported"). */
function isNegated(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const lower = tokens[k].lower;
    if (lower === 'not' || lower === 'never' || /n['’]t$/.test(lower)) return true;
    if (tokens[k].pos !== 'ADV') return false;
  }
  return false;
}

export function cueText(tokens: Token[], cue: CueMatch, text: string): string {
  return text.slice(tokens[cue.index].start, tokens[cue.index + cue.length - 1].end);
}

const CLAUSE_WINDOW = 16;

/**
 * True when a clause follows a clause-taking cue ("said [that] prices rose", "said: …", "told reporters the plan
 * would …") or a noun phrase that is the reported content ("reported 35 deaths", "signaled new sanctions");
 * "agreed to a swap" or "has shown interest in …" report an action, not speech.
 */
export function introducesClause(tokens: Token[], cue: CueMatch, end: number): boolean {
  if (cue.type !== 'speech') return true;
  const from = cue.index + cue.length;
  if (from >= end) return true;
  if (/^(DET|NUM|ADJ)$/.test(tokens[from].pos ?? '')) return true;
  // "Lee Says Trump, ‘Alt Right’ Pose A Threat": in a title-case headline the tags after the cue are unreliable.
  if (tokens[from].isCapitalized && isTitleCased(tokens)) return true;
  // "reiterated his support for …": a possessive determiner before a noun opens the object phrase.
  if (
    POSSESSIVE_DETERMINERS.has(tokens[from].lower) &&
    /^(NOUN|ADJ|NUM)$/.test(tokens[from + 1]?.pos ?? '')
  )
    return true;
  // "questioned Mr. Lee’s figures": a name's possessive does the same.
  let k = from;
  while (k < end && k < from + 4 && tokens[k].isCapitalized && !isPossessive(tokens[k])) k++;
  if (
    k > from &&
    k < end &&
    isPossessive(tokens[k]) &&
    /^(NOUN|ADJ|NUM)$/.test(tokens[k + 1]?.pos ?? '')
  )
    return true;
  // "said he's …", "says they were …": a subject pronoun opens the reported clause.
  if (SUBJECT_PRONOUNS.has(tokens[from].lower) || isContractedSubject(tokens[from])) return true;
  for (let k = from; k < end && k < from + CLAUSE_WINDOW; k++) {
    const t = tokens[k];
    if (t.lower === 'that' || t.text === ':' || (k === from && !t.isWord)) return true;
    // "said prices of tea, the main export, fell", "said despite the unrest, exports rose": an aside or
    // adjunct between commas; a conjunction or relative after the comma starts another clause instead.
    if (t.text === ';') return false;
    const next = tokens[k + 1];
    // "told the Gazette, “We won, …”": a quotation after the audience is the content.
    if (t.text === ',' && isOpenQuote(next)) return true;
    // "said farmers, hoping for rain, were waiting": a participle aside closed by a comma before a verb.
    if (t.text === ',' && /ing$/.test(next?.lower ?? '') && next.pos === 'VERB') {
      const close = participleAsideEnd(tokens, k + 1, end);
      if (close > 0) {
        k = close - 1;
        continue;
      }
    }
    // "said Sunday in Madison, Wisconsin, that …": the clause opens with "that" after an adjunct.
    if (t.text === ',' && next?.lower === 'that') return true;
    if (
      t.text === ',' &&
      (!/^(DET|NOUN|PROPN|PRON|NUM|ADJ|VERB|AUX)$/.test(next?.pos ?? '') || /ing$/.test(next.lower))
    )
      return false;
    if (t.pos === 'AUX' || isContractedSubject(t)) return true;
    if (t.pos === 'VERB' && !/ing$/.test(t.lower) && tokens[k - 1]?.lower !== 'to') return true;
  }
  return false;
}

/** The comma closing a short participle aside that a finite verb follows, or -1. */
function participleAsideEnd(tokens: Token[], from: number, end: number): number {
  for (let k = from + 1; k < end && k < from + 10; k++) {
    if (tokens[k].text !== ',') continue;
    const after = tokens[k + 1];
    return /^(VERB|AUX)$/.test(after?.pos ?? '') && !/ing$/.test(after.lower) ? k : -1;
  }
  return -1;
}
