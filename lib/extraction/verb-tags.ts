import { REPORTING_VERBS } from './lexicon';
import { isPossessive, isQuoteMark } from './tokens';
import type { Token } from './types';

const SUBJECT_HEAD_TAGS = new Set(['NOUN', 'PROPN', 'NUM']);
const CLAUSE_START_TAGS = new Set(['PRON', 'DET', 'PROPN', 'NUM']);

/**
 * The tagger reads a present-tense reporting verb after a noun as a plural noun ("The ad claims the …",
 * "Viguerie notes that …", "About 4 in 10 say they …"). Such a form, between a subject head and the
 * start of a clause, is re-tagged a verb; a possessive or determiner before it keeps it a noun
 * ("Lee's claims that …", "the notes that …").
 */
export function withReportingVerbTags(tokens: Token[]): Token[] {
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
    return opensClause ? { ...t, pos: 'VERB' } : t;
  });
}
