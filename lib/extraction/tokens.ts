import type { TaggedWord } from './tagger';
import type { Token } from './types';
import { FLOATING_VERB_WORDS, SPEAKER_VERB_ADVERBS, SUBJECT_PRONOUNS } from './word-lists';

// Words keep inner apostrophes, hyphens, periods and digit-group commas ("Ukraine’s", "U.S", "12,000").
const TOKEN_RE =
  /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’\-.](?=[\p{L}\p{N}])|,(?=\d{3}(?!\d)))*|''|[^\s]/gu;
const TITLE_ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Sen',
  'Rep',
  'Gov',
  'Gen',
  'Lt',
  'Col',
  'Sgt',
  'Capt',
  'Adm',
  'Maj',
  'Rev',
  'Hon',
  'St',
  'Jr',
  'Sr',
]);
const DOTTED_ACRONYM_RE = /^(?:\p{L}\.)+\p{L}$/u;
const UPPER_RE = /\p{Lu}/u;
const WORD_START_RE = /[\p{L}\p{N}]/u;

/**
 * Splits text[start, end) into word and punctuation tokens with absolute offsets; `tags` (by start
 * offset) adds POS and lemma.
 */
export function tokenize(
  text: string,
  start: number,
  end: number,
  tags?: Map<number, TaggedWord>,
): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN_RE.exec(slice)) !== null) {
    let word = match[0];
    const tokenStart = start + match.index;
    let tokenEnd = tokenStart + word.length;
    // Keep the final period of "U.S." with the acronym.
    // A middle initial ("James B. Comey") keeps its period too.
    const initial =
      /^\p{Lu}$/u.test(word) && /^\. \p{Lu}/u.test(text.slice(tokenEnd, tokenEnd + 3));
    if (
      (DOTTED_ACRONYM_RE.test(word) || TITLE_ABBREVIATIONS.has(word) || initial) &&
      text[tokenEnd] === '.' &&
      tokenEnd < end
    ) {
      word += '.';
      tokenEnd += 1;
      TOKEN_RE.lastIndex += 1;
    }
    const isWord = WORD_START_RE.test(word[0]);
    const tag = tags?.get(tokenStart);
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      start: tokenStart,
      end: tokenEnd,
      isWord,
      isCapitalized: isWord && UPPER_RE.test(word[0]),
      pos: tag?.pos,
      lemma: tag?.lemma,
    });
  }
  return tokens;
}

const CONTRACTION = /['’](?:s|re|ve|ll|d|m)$/;

/** "he’s", "they’re", "there’s": a subject pronoun with its verb in one token. */
export const isContractedSubject = (t: Token) =>
  CONTRACTION.test(t.lower) && SUBJECT_PRONOUNS.has(t.lower.replace(CONTRACTION, ''));

/** Lowercase word without a trailing possessive ("Ukraine’s" -> "ukraine"). */
export function bareLower(token: Token): string {
  return token.lower.replace(/['’]s$/, '');
}

export function isPossessive(token: Token): boolean {
  return /\p{L}['’]s$/u.test(token.text) || /s['’]$/.test(token.text);
}

// '' is the typewriter double quote of some wire copy (''like this,'' he said).
const OPEN_QUOTES = new Set(['"', '“', '«', '„', "''"]);
const CLOSE_QUOTES = new Set(['"', '”', '»', "''"]);
export const isOpenQuote = (t: Token | undefined) => !!t && OPEN_QUOTES.has(t.text);
export const isCloseQuote = (t: Token | undefined) => !!t && CLOSE_QUOTES.has(t.text);
export const isQuoteMark = (t: Token | undefined) =>
  !!t && (OPEN_QUOTES.has(t.text) || CLOSE_QUOTES.has(t.text));
export const isDash = (t: Token | undefined) =>
  !!t && (t.text === '—' || t.text === '–' || t.text === '-' || t.text === '―' || t.text === '‒');

/**
 * An adverb between a speaker and the cue ("Lee later said", "has repeatedly said"): a derived cue adverb, a
 * perfect auxiliary, a floating quantifier ("have both argued"), or any lowercase "-ly" adverb by the
 * tagger ("Lee pointedly replied").
 */
export const isVerbAdverb = (t: Token) =>
  SPEAKER_VERB_ADVERBS.has(t.lower) ||
  FLOATING_VERB_WORDS.has(t.lower) ||
  (t.pos === 'ADV' && !t.isCapitalized && /[a-z]ly$/.test(t.lower));
