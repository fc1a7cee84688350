/**
 * Who a clause's cue belongs to when the speaker is not right before it: the clause's subject past a leading
 * adjunct, the subject of a catenative predicate ("went on to say"), the issuer of a document ("released a
 * statement saying"), a subject after a closing quotation, a role linked to its organisation.
 */
import type { Token } from './types';
import { DOCUMENT_NOUNS } from './lexicon';
import { leadingSubject } from './leading-subject';
import {
  isGroupWord,
  isPhraseToken,
  isPronoun,
  isRoleWord,
  phraseAtStart,
  type SpeakerPhrase,
} from './noun-phrase';
import { bareLower, isCloseQuote, isQuoteMark } from './tokens';
import { LINKING_PREPOSITIONS, NAME_PARTICLES, TIME_WORDS } from './word-lists';

/** The clause's subject, past a leading participial or prepositional adjunct ("Speaking in Salem, N.H., Lee …"). */
export function clauseSubject(t: Token[], start: number, end: number): SpeakerPhrase | null {
  const opener = t[start];
  // "Ultimately, Lee …", "Once he was mayor, Lee …": an adverb opens an adjunct too.
  const adjunct =
    /^(ADP|SCONJ|ADV)$/.test(opener?.pos ?? '') ||
    (opener?.pos === 'VERB' && /(?:ing|ed)$/.test(opener.lower)) ||
    opensWithTimePhrase(t, start, end);
  if (adjunct) {
    for (let k = start + 1; k < end - 1; k++) {
      if (t[k].text !== ',') continue;
      const subject = phraseAtStart(t, k + 1, end);
      if (subject?.first === k + 1 && verbFollows(t, subject, end)) return subject;
    }
    // "On Sunday morning Ms. Lee made …": a time adjunct without a comma.
    let k = start + 1;
    while (k < end && (TIME_WORDS.has(t[k].lower) || t[k].pos === 'NUM')) k++;
    const subject = k > start + 1 ? phraseAtStart(t, k, end) : null;
    if (subject?.first === k && verbFollows(t, subject, end)) return subject;
  }
  return phraseAtStart(t, start, end);
}

/**
 * "Sunday morning, Lee …", "The next month, a former aide …", "Early in the campaign, Lee …": the clause opens
 * with a time phrase (its head a time word that cannot speak, or "early"/"late" before a preposition).
 */
function opensWithTimePhrase(t: Token[], start: number, end: number): boolean {
  const phrase = phraseAtStart(t, start, end);
  if (!phrase || phrase.first !== start) return false;
  const head = phrase.tokens[phrase.tokens.length - 1];
  const after = t[phrase.first + phrase.tokens.length];
  if (phrase.tokens.length === 1 && /^(early|late)$/.test(head.lower)) return after?.pos === 'ADP';
  return TIME_WORDS.has(head.lower) && !isRoleWord(head) && !isGroupWord(head);
}

/** The subject's verb follows it, past a party tag "(R)" or a place "of Vermont" ("Sen. Lee of Ohio said"). */
function verbFollows(t: Token[], subject: SpeakerPhrase, end: number): boolean {
  let k = subject.first + subject.tokens.length;
  if (t[k]?.text === '(' && t[k + 2]?.text === ')') k += 3;
  else if (t[k]?.text === '(' && t[k + 3]?.text === ')') k += 4;
  if (t[k]?.lower === 'of' && t[k + 1]?.isCapitalized) {
    k++;
    while (k < end && t[k].isCapitalized) k++;
  }
  return /^(VERB|AUX)$/.test(t[k]?.pos ?? '');
}

/**
 * '"…," Orla Fenn, 67, a retired pilot in Poole, Dorset, said': the subject right after a closing quote,
 * with an appositive of any length (the forward rule's leading subject, started after the quote).
 */
export function subjectAfterQuote(t: Token[], cue: number, min: number): SpeakerPhrase | null {
  let close = cue - 1;
  while (close > min && !isQuoteMark(t[close])) close--;
  if (close <= min || !isCloseQuote(t[close])) return null;
  const subject = leadingSubject(t, cue, close + 1);
  // A prepositional phrase after the quote ("on the issue of …") is not a subject.
  return subject?.first === close + 1 && t[close + 1].pos !== 'ADP' ? subject : null;
}

/**
 * "The town released a statement Wednesday saying …": a participle cue right after a document (derived
 * document nouns, time words between) that the clause's subject issued with a verb of its own.
 */
export function issuedDocumentSubject(
  t: Token[],
  start: number,
  cue: number,
): SpeakerPhrase | null {
  let d = cue - 1;
  while (d > start && TIME_WORDS.has(t[d].lower)) d--;
  if (d <= start) return null;
  const noun = bareLower(t[d]);
  if (!DOCUMENT_NOUNS.has(noun) && !DOCUMENT_NOUNS.has(noun.replace(/s$/, ''))) return null;
  const subject = clauseSubject(t, start, d);
  if (!subject || isPronoun(subject.tokens[0])) return null;
  if (subject.first > start + 1 && t[subject.first - 1].text !== ',') return null;
  const between = t.slice(subject.first + subject.tokens.length, d);
  return between.some((tok) => tok.pos === 'VERB') && !between.some((tok) => tok.text === ',')
    ? subject
    : null;
}

/**
 * "Lee went on to say …", "Lee was quick to point out …", "the party is trying to convince …": a cue after
 * "to" whose matrix predicate (verbs, adjectives, adverbs, "on"; no object, no negation) follows the clause's
 * subject reports what that subject says.
 */
export function catenativeSubject(t: Token[], start: number, cue: number): SpeakerPhrase | null {
  if (t[cue - 1]?.lower !== 'to') return null;
  const subject = clauseSubject(t, start, cue - 1);
  if (!subject || isPronoun(subject.tokens[0])) return null;
  if (subject.first > start + 1 && t[subject.first - 1].text !== ',') return null;
  const from = subject.first + subject.tokens.length;
  if (from >= cue - 1) return null;
  for (let k = from; k < cue - 1; k++) {
    const tok = t[k];
    if (!/^(VERB|AUX|ADV|ADJ|PART)$/.test(tok.pos ?? '') && tok.lower !== 'on') return null;
    if (/^(not|never)$|n['’]t$/.test(tok.lower)) return null;
  }
  return subject;
}

/** "observers from the African Union": a role or group noun linked to the name of its organisation. */
export function withLinkedName(
  t: Token[],
  phrase: SpeakerPhrase | null,
  end: number,
): SpeakerPhrase | null {
  if (!phrase || phrase.roleTokens) return phrase;
  const last = phrase.tokens[phrase.tokens.length - 1];
  let j = phrase.first + phrase.tokens.length;
  if (!(isRoleWord(last) || isGroupWord(last)) || !LINKING_PREPOSITIONS.has(t[j]?.lower ?? ''))
    return phrase;
  j++;
  if (/^(the|a|an)$/.test(t[j]?.lower ?? '')) j++;
  if (!t[j]?.isCapitalized) return phrase;
  while (j < end && t[j].isWord && (t[j].isCapitalized || NAME_PARTICLES.has(t[j].lower))) j++;
  return { ...phrase, tokens: t.slice(phrase.first, j) };
}

const SUBJECT_TAGS = /^(DET|NOUN|PROPN|PRON|NUM)$/;
const QUANTITY_LOOKAHEAD = 4;
export const RELATIVES = new Set(['who', 'whose', 'which']);

/** The phrase right after an inverted cue; "one"/"another" may open it ("said one former official"). */
export function invertedPhrase(t: Token[], from: number, end: number): SpeakerPhrase | null {
  if (!/^(one|another)$/.test(t[from].lower) || !isPhraseToken(t[from + 1]))
    return phraseAtStart(t, from, end);
  const phrase = phraseAtStart(t, from + 1, end);
  return phrase?.first === from + 1
    ? { ...phrase, tokens: t.slice(from, from + 1 + phrase.tokens.length), first: from }
    : phrase;
}

/**
 * The first word of a speaker after an inverted cue: a name, an article, a phrase word, or "one"/"another"
 * before a longer description ("…,” said one person with knowledge of the talks).
 */
export const opensInvertedSpeaker = (t: Token) =>
  t.isCapitalized || /^(the|a|an|one|another)$/.test(t.lower) || isPhraseToken(t);

/** A subject opens at `i`: a noun phrase, or a degree word before one ("far too many homes", "only two"). */
export function opensSubject(t: Token[], i: number): boolean {
  if (SUBJECT_TAGS.test(t[i].pos ?? '')) return true;
  if (!/^(ADV|ADJ)$/.test(t[i].pos ?? '')) return false;
  for (let k = i + 1; k < t.length && k <= i + QUANTITY_LOOKAHEAD; k++) {
    if (/^(VERB|AUX)$/.test(t[k].pos ?? '') || !t[k].isWord) return false;
    if (SUBJECT_TAGS.test(t[k].pos ?? '') && t[k].pos !== 'DET') return true;
  }
  return false;
}
