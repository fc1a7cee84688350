import type { Token } from './types';
import { isPhraseToken } from './noun-phrase';
import { isContractedSubject, isOpenQuote } from './tokens';
import {
  AUDIENCE_NOUNS,
  AUXILIARIES,
  CLAUSE_OPENERS,
  OBJECT_PRONOUNS,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
} from './word-lists';
import { cueAt, type CueMatch } from './cues';

export const PREPOSITIONS = new Set([
  'at',
  'on',
  'in',
  'to',
  'during',
  'after',
  'before',
  'from',
  'with',
  'via',
  'through',
  'late',
  'early',
  'by',
  'for',
  'when',
  'earlier',
  'later',
]);

/** Where the content starts after a cue: skips "that", ":", audiences ("told Reuters") and adjuncts. */
export function contentStart(tokens: Token[], cue: CueMatch, end: number): number {
  const t = tokens;
  let i = cue.index + cue.length;
  if (cue.lemma === 'tell') {
    for (let k = i; k < end && k < i + 8 && t[k].isWord; k++)
      if (t[k].lower === 'that') return k + 1;
    if (i < end && /^(the|a|an)$/.test(t[i].lower)) i++;
    while (
      i < end &&
      t[i].isWord &&
      (t[i].isCapitalized ||
        /['’]s$/.test(t[i].lower) ||
        /^\d/.test(t[i].text) ||
        AUDIENCE_NOUNS.has(t[i].lower))
    )
      i++;
    // "told investors the plant would close": any plain noun object before a clause's subject.
    if (
      i === cue.index + cue.length &&
      t[i]?.pos === 'NOUN' &&
      /^(DET|PRON|PROPN|NUM)$/.test(t[i + 1]?.pos ?? '')
    )
      i++;
  } else if (cue.type === 'speech') i = afterAudience(t, i, end);
  if (i < end && (PREPOSITIONS.has(t[i].lower) || TIME_WORDS.has(t[i].lower))) {
    // "said Sunday in Madison, Wisconsin, that …": an adjunct holding commas, then the clause.
    for (let k = i; k < end && k < i + 9 && (t[k].isWord || t[k].text === ','); k++) {
      if (/^(VERB|AUX)$/.test(t[k].pos ?? '')) break;
      if (t[k].text === ',' && t[k + 1]?.lower === 'that') return k + 2;
    }
    for (let k = i; k < end && k < i + 9 && t[k].text !== ','; k++) {
      if (t[k].lower === 'that' || t[k].text === ':') return k + 1;
    }
    while (i < end && TIME_WORDS.has(t[i].lower)) i++;
    if (i < end && /^(on|in|at)$/.test(t[i].lower)) {
      for (let k = i + 1; k < end && k < i + 5; k++) {
        if (AUDIENCE_NOUNS.has(t[k].lower) || TIME_WORDS.has(t[k].lower)) {
          i = k + 1;
          break;
        }
      }
    }
  }
  if (i < end && t[i].text === ',' && isOpenQuote(t[i + 1])) i++;
  if (i < end && (t[i].lower === 'that' || t[i].text === ':')) i++;
  return i;
}

/**
 * "assuring voters he is …", "warned the crowd that …", "reminded them the vote …": an audience between
 * a cue and its clause is not content. Only when a clause visibly starts after it ("said voters are …"
 * keeps "voters" as the content's subject).
 */
function afterAudience(t: Token[], i: number, end: number): number {
  let k = i;
  if (k < end && /^(the|a|an|his|her|their|its|our)$/.test(t[k].lower)) k++;
  if (k >= end || !(AUDIENCE_NOUNS.has(t[k].lower) || OBJECT_PRONOUNS.has(t[k].lower))) return i;
  const next = t[k + 1];
  if (!next || k + 1 >= end) return i;
  if (next.lower === 'that') return k + 2;
  return SUBJECT_PRONOUNS.has(next.lower) || isContractedSubject(next) ? k + 1 : i;
}

/**
 * True when only adjuncts follow a trailing cue ("said Saturday", "told ABC radio", "said at a briefing",
 * "told reporters at the opening ceremony", "told lawmakers in a hearing", "wrote on X").
 */
export function isAdjunctTail(tokens: Token[], from: number, end: number, cue: CueMatch): boolean {
  const t = tokens;
  const stop = nextBreak(tokens, from, end);
  if (stop === from || !t[from].isWord) return true;
  for (let k = from; k < stop; k++) {
    // "said in a statement that prices rose" has content; "in an interview that aired Sunday" does not.
    const relative = /^(VERB|AUX)$/.test(t[k + 1]?.pos ?? '');
    if ((t[k].lower === 'that' && !relative) || t[k].text === ':') return false;
  }
  const first = t[from].lower;
  // "said dryly", "said quietly at the hearing": a manner adverb, then the usual adjuncts.
  if (t[from].pos === 'ADV' && /[a-z]ly$/.test(first))
    return from + 1 >= stop || isAdjunctTail(tokens, from + 1, end, cue);
  // "said at a briefing", "said Saturday" — but "reported at least six planes filled the skies" is a clause;
  // '"…," Lee said of the plan': the object of a phrasal cue's preposition is an adjunct too.
  const afterParticle =
    cue.length === 2 && from === cue.index + 2 && t[cue.index + 1].lower === 'of';
  if (PREPOSITIONS.has(first) || TIME_WORDS.has(first) || afterParticle) {
    for (let k = afterParticle ? from : from + 1; k < stop; k++) {
      // A verb inside the adjunct's own clause ("after the cabinet met", "that aired") is still adjunct.
      if (CLAUSE_OPENERS.has(t[k].lower) || opensInfinitive(t, k)) return true;
      if (t[k].isWord && isVerbWord(t, k)) return false;
    }
    return true;
  }
  // '"…?" Lee asked him', '"…," Lee reminded them at the hearing': an object pronoun, then adjuncts.
  if (OBJECT_PRONOUNS.has(first) && !SUBJECT_PRONOUNS.has(first))
    return from + 1 >= stop || isAdjunctTail(tokens, from + 1, end, cue);
  if (cue.lemma !== 'tell') return false;
  // "told <audience> [<prepositional phrase>]": a short object, then only prepositional or time adjuncts.
  let k = from;
  while (
    k < stop &&
    k - from < MAX_OBJECT_WORDS &&
    !startsAdjunct(t[k]) &&
    !(k > from && SUBORDINATORS.has(t[k].lower))
  ) {
    if (!isObjectWord(t, k, from)) return false;
    k++;
  }
  if (k === stop) return true;
  // "told his advisers as he labored over the speech": a subordinate clause after the audience.
  if (k > from && SUBORDINATORS.has(t[k].lower)) return true;
  if (!startsAdjunct(t[k])) return false;
  for (; k < stop; k++) if (t[k].isWord && isVerbWord(t, k)) return false;
  return true;
}

const MAX_OBJECT_WORDS = 6;
const SUBORDINATORS = new Set(
  'as while when whereas because although though after before since until'.split(' '),
);
/** "said during his speech to the delegates to be a national delegate": an infinitive clause. */
const opensInfinitive = (t: Token[], k: number) =>
  t[k].lower === 'to' &&
  /^(VERB|AUX)$/.test(t[k + 1]?.pos ?? '') &&
  !/(?:ed|ing)$/.test(t[k + 1].lower);
const startsAdjunct = (t: Token) =>
  PREPOSITIONS.has(t.lower) || TIME_WORDS.has(t.lower) || t.lower === 'of';

/** A finite verb or clause subject: the words after the cue are a clause, not adjuncts. */
function isVerbWord(t: Token[], k: number): boolean {
  const w = t[k].lower;
  // "said in May": a capitalized auxiliary after a preposition is a name (a month, "Will").
  if (t[k].isCapitalized && PREPOSITIONS.has(t[k - 1]?.lower ?? '')) return false;
  if (AUXILIARIES.has(w) || SUBJECT_PRONOUNS.has(w) || cueAt(t, k)) return true;
  if (!/[a-z]{2}ed$/.test(w) || t[k].isCapitalized) return false;
  // "the assembled reporters", "supporters gathered at the site": adjectives and reduced relatives.
  return (
    !/^(the|a|an)$/.test(t[k - 1]?.lower ?? '') &&
    !(PREPOSITIONS.has(t[k + 1]?.lower ?? '') && !SUBJECT_PRONOUNS.has(t[k - 1]?.lower ?? ''))
  );
}

function isObjectWord(t: Token[], k: number, from: number): boolean {
  const tok = t[k];
  if (!tok.isWord)
    return tok.text === '.' || tok.text === '-' || tok.text === '’' || tok.text === "'";
  if (isPhraseToken(tok) || AUDIENCE_NOUNS.has(tok.lower)) return true;
  if (SUBJECT_PRONOUNS.has(tok.lower) && k > from) return false;
  return !isVerbWord(t, k);
}

/** Index of the next comma, semicolon or opening quote (or `end`). */
export function nextBreak(tokens: Token[], from: number, end: number): number {
  for (let i = from; i < end; i++)
    if (tokens[i].text === ',' || tokens[i].text === ';' || (isOpenQuote(tokens[i]) && i > from))
      return i;
  return end;
}
