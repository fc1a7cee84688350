import { isDash, isPossessive, isQuoteMark } from './tokens';
import type { Token } from './types';
import {
  CLAUSE_OPENERS,
  GROUP_NOUNS,
  LINKING_PREPOSITIONS,
  QUANTITY_LEADS,
  ROLE_NOUNS,
} from './word-lists';

/** A speaker phrase found by part of speech alone (same shape as noun-phrase.ts's SpeakerPhrase). */
export interface TaggedSubject {
  tokens: Token[];
  roleTokens: null;
  first: number;
}

const MAX_SUBJECT_TOKENS = 10;
const MAX_RELATIVE_TOKENS = 14;
const HEAD_TAGS = new Set(['NOUN', 'PROPN', 'NUM']);
const INNER_TAGS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'DET']);
// "half of the voters", "4 in 10", "officials at the ministry": prepositions inside a subject.
const INNER_PREPOSITIONS = new Set([...LINKING_PREPOSITIONS, 'in']);
const RELATIVE_PRONOUNS = new Set(['who', 'that', 'which']);

/** A head that can speak: a name, a person, group or document noun (derived lists), or a share ("4 in 10"). */
function canSpeak(head: Token, phrase: Token[]): boolean {
  if (head.pos === 'PROPN') return true;
  if (head.pos === 'NUM') return phrase.some((t) => t.lower === 'in' || t.lower === 'of');
  const bare = head.lower;
  return (
    ROLE_NOUNS.has(bare) || GROUP_NOUNS.has(bare) || (!!head.lemma && ROLE_NOUNS.has(head.lemma))
  );
}

/** Where a subject may start: sentence start, punctuation, a conjunction or a clause opener. */
function opensSubject(tokens: Token[], first: number, min: number): boolean {
  if (first === min) return true;
  const prev = tokens[first - 1];
  if (!prev.isWord)
    return [',', ';', ':', '('].includes(prev.text) || isDash(prev) || isQuoteMark(prev);
  return (
    CLAUSE_OPENERS.has(prev.lower) ||
    prev.lower === 'than' ||
    /^(CCONJ|SCONJ)$/.test(prev.pos ?? '')
  );
}

/** The noun phrase ending at `last` by the tagger's parts of speech, if it starts a clause. */
function nounPhraseEndingAt(tokens: Token[], last: number, min: number): TaggedSubject | null {
  const head = tokens[last];
  if (!head?.isWord || !HEAD_TAGS.has(head.pos ?? '') || isPossessive(head)) return null;
  let first = last;
  for (let i = last - 1; i >= min && last - i < MAX_SUBJECT_TOKENS; i--) {
    const t = tokens[i];
    const inner =
      t.isWord &&
      (INNER_TAGS.has(t.pos ?? '') ||
        isPossessive(t) ||
        (INNER_PREPOSITIONS.has(t.lower) && i > min && HEAD_TAGS.has(tokens[i - 1].pos ?? '')) ||
        (QUANTITY_LEADS.has(t.lower) && /^(NUM|NOUN|ADJ)$/.test(tokens[i + 1].pos ?? '')) ||
        // A participle used as an adjective: "the surveyed farmers".
        (t.pos === 'VERB' && /ed$/.test(t.lower) && tokens[i - 1]?.pos === 'DET'));
    if (!inner || CLAUSE_OPENERS.has(t.lower)) break;
    first = i;
  }
  // The phrase must not end on a preposition's object alone ("in 10" without "4").
  if (INNER_PREPOSITIONS.has(tokens[first].lower)) return null;
  const phrase = tokens.slice(first, last + 1);
  return opensSubject(tokens, first, min) && canSpeak(head, phrase)
    ? { tokens: phrase, roleTokens: null, first }
    : null;
}

/**
 * A subject the word lists do not know, found by part of speech: "about half of Democratic primary
 * voters said", "aides say", and a subject with a restrictive relative clause before its cue
 * ("Friends of Mr. Lee who have seen him recently say" → "Friends of Mr. Lee").
 */
export function taggedSubjectBefore(
  tokens: Token[],
  last: number,
  min: number,
): TaggedSubject | null {
  const direct = nounPhraseEndingAt(tokens, last, min);
  if (direct) return direct;
  for (let r = last - 1; r > min && last - r <= MAX_RELATIVE_TOKENS; r--) {
    const t = tokens[r];
    if (!t.isWord && t.text !== '’' && t.text !== "'") return null;
    if (!RELATIVE_PRONOUNS.has(t.lower)) continue;
    // A relative clause needs its own verb before the cue.
    const clause = tokens.slice(r + 1, last + 1);
    if (!clause.some((c) => /^(VERB|AUX)$/.test(c.pos ?? ''))) return null;
    return nounPhraseEndingAt(tokens, r - 1, min);
  }
  return null;
}
