import { PHRASAL_CUES, REPORTING_VERBS } from './lexicon';
import { isPossessive, isQuoteMark } from './tokens';
import type { Token } from './types';

const SUBJECT_HEAD_TAGS = new Set(['NOUN', 'PROPN', 'NUM']);
const CLAUSE_START_TAGS = new Set(['PRON', 'DET', 'PROPN', 'NUM']);

const MIN_TITLE_WORDS = 4;
const TITLE_CASE_SHARE = 0.85;
const titleCased = new WeakMap<Token[], boolean>();

/** A headline in title case ("Lee Says Prices Will Fall"): its capitalised verbs may be cues. */
export function isTitleCased(tokens: Token[]): boolean {
  let cached = titleCased.get(tokens);
  if (cached === undefined) {
    const long = tokens.filter((t) => t.isWord && t.text.length >= 4 && !/^\d/.test(t.text));
    cached =
      long.length >= MIN_TITLE_WORDS &&
      long.filter((t) => t.isCapitalized).length >= TITLE_CASE_SHARE * long.length;
    titleCased.set(tokens, cached);
  }
  return cached;
}

/** Tag repairs for the small tagger's two common slips in news (see below). */
export function withRepairedTags(tokens: Token[]): Token[] {
  return withNameTags(withReportingVerbTags(tokens));
}

/**
 * A capitalised word inside a name that the tagger reads as a verb ("Loretta **Lynch** is …",
 * "Ann **Marsh**") is a name; in a title-case headline capitalised verbs are verbs.
 */
function withNameTags(tokens: Token[]): Token[] {
  if (isTitleCased(tokens)) return tokens;
  return tokens.map((t, i) =>
    t.pos === 'VERB' && t.isCapitalized && i > 0 && tokens[i - 1].pos === 'PROPN'
      ? { ...t, pos: 'PROPN', lemma: t.lower }
      : t,
  );
}

/**
 * The tagger reads a present-tense reporting verb after a noun as a plural noun ("The ad claims the …",
 * "Viguerie notes that …", "About 4 in 10 say they …"). Such a form, between a subject head and the
 * start of a clause, is re-tagged a verb; a possessive or determiner before it keeps it a noun
 * ("Lee's claims that …", "the notes that …").
 */
function withReportingVerbTags(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    if (t.pos !== 'NOUN' || t.isCapitalized || !t.lemma || !REPORTING_VERBS.has(t.lemma)) return t;
    if (t.lower !== t.lemma && t.lower !== `${t.lemma}s` && t.lower !== `${t.lemma}es`) return t;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (!prev?.isWord || !SUBJECT_HEAD_TAGS.has(prev.pos ?? '') || isPossessive(prev)) return t;
    if (!next) return t;
    const opensClause =
      next.lower === 'that' ||
      next.text === ':' ||
      isQuoteMark(next) ||
      CLAUSE_START_TAGS.has(next.pos ?? '');
    // "Labor leaders point out that …", "Lee points to …": a phrasal cue's particle, the form agreeing with
    // the subject ("a wake-up call for the voters" is a noun: a base form needs a plural subject).
    const agrees = t.lower !== t.lemma || /s$/.test(prev.lower);
    const phrasal =
      agrees &&
      PHRASAL_CUES.has(`${t.lemma} ${next.lower}`) &&
      (tokens[i + 2]?.lower === 'that' || CLAUSE_START_TAGS.has(tokens[i + 2]?.pos ?? ''));
    return opensClause || phrasal || endsTrailingAttribution(tokens, i) ? { ...t, pos: 'VERB' } : t;
  });
}

const MAX_TRAILING_SUBJECT = 6;
const TRAILING_SUBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/**
 * "…, the Daily Caller reports.": the form ends the sentence right after a short noun phrase that a comma
 * opens, the shape of a trailing attribution (a plural noun there would close a bare noun phrase).
 */
function endsTrailingAttribution(tokens: Token[], i: number): boolean {
  const rest = tokens.slice(i + 1);
  if (!rest.length || rest.some((t) => t.isWord || !/^[.!?]$/.test(t.text))) return false;
  for (let k = i - 1; k >= 0 && i - k <= MAX_TRAILING_SUBJECT; k--) {
    if (tokens[k].text === ',') return k < i - 1;
    if (!tokens[k].isWord || !TRAILING_SUBJECT_TAGS.has(tokens[k].pos ?? '')) return false;
  }
  return false;
}
