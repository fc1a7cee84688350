/**
 * One pass over PolNeAR articles counting what scripts/derive-lexicons.ts turns into word lists: cue verbs
 * and their occurrences, contents that are clauses, inverted and phrasal cues, the nouns, heads and
 * modifiers of sources, cue adjuncts and adverbs, organisation words, and common nouns of running text.
 */
import { tagText, type TaggedWord } from '../../lib/extraction/tagger';
import type { PolnearArticle, PolnearPiece } from './polnear-data';
import { hasSense } from './wordnet';

export type Counter = Map<string, number>;
const bump = (m: Counter, key: string, by = 1) => m.set(key, (m.get(key) ?? 0) + by);

const inside = (pieces: PolnearPiece[] | null, w: TaggedWord) =>
  !!pieces?.some((p) => w.start >= p.start && w.end <= p.end);
const isWordish = (w: TaggedWord) => /^[a-z][a-z'-]*$/.test(w.lemma);
const formOf = (text: string, w: TaggedWord) => text.slice(w.start, w.end);
/** Lowercase in the text: common nouns, not names ("Clinton" is a noun.person in WordNet too). */
const isLowercase = (text: string, w: TaggedWord) => /^[a-z]/.test(formOf(text, w));

/** A content is a clause when it opens with a complementiser or quote, or holds a finite verb. */
function isClause(words: TaggedWord[], text: string): boolean {
  if (!words.length) return false;
  const first = text.slice(words[0].start, words[0].end).toLowerCase();
  if (/^(that|if|whether|["“'‘:])/.test(first)) return true;
  return words.some((w, i) => {
    if (w.pos === 'AUX') return true;
    if (w.pos !== 'VERB' || words[i - 1]?.lemma === 'to') return false;
    const form = text.slice(w.start, w.end).toLowerCase();
    return !form.endsWith('ing') && form !== w.lemma;
  });
}

/** Counts over `articles`; `maxGapWords` bounds the words read between a cue and its content. */
export function countPolnear(articles: PolnearArticle[], maxGapWords: number) {
  const cueHeads: Counter = new Map();
  const verbOccurrences: Counter = new Map();
  const clauseContents: Counter = new Map();
  const inverted: Counter = new Map();
  const phrasal: Counter = new Map();
  const sourceNouns: Counter = new Map();
  // Nouns heading a source phrase (not followed by another noun): "the poll", "a study of voters".
  const sourceHeads: Counter = new Map();
  const modifiers: Counter = new Map();
  const adjuncts: Counter = new Map();
  const phrasalClauses: Counter = new Map();
  const cueAdverbs: Counter = new Map();
  const loneCueAdverbs: Counter = new Map();
  const verbCueAdverbs: Counter = new Map();
  const organisationWords: Counter = new Map();
  const commonNouns: Counter = new Map();
  const commonNounLemmas: Counter = new Map();
  const lowercaseLemmas: Counter = new Map();
  for (const article of articles) {
    const { text } = article;
    const words = tagText(text);
    for (const w of words) {
      if (w.pos === 'VERB' && isWordish(w)) bump(verbOccurrences, w.lemma);
      if (isWordish(w) && isLowercase(text, w)) bump(lowercaseLemmas, w.lemma);
      if (w.pos === 'NOUN' && isLowercase(text, w)) {
        bump(commonNouns, formOf(text, w));
        if (isWordish(w)) bump(commonNounLemmas, w.lemma);
      }
    }
    for (const a of article.attributions) {
      const cueWords = words.filter((w) => inside(a.cue, w));
      const content = words.filter((w) => inside(a.content, w));
      const clause = isClause(content, text);
      const head = cueWords.findIndex((w) => w.pos === 'VERB' && isWordish(w));
      // An adverb right before the cue verb ("later said", "also told").
      const before = cueWords[head - 1];
      if (before?.pos === 'ADV' && isWordish(before) && isLowercase(text, before))
        bump(cueAdverbs, formOf(text, before).toLowerCase());
      const adverbs = cueWords.filter((w) => w.pos === 'ADV' && isWordish(w));
      for (const adverb of adverbs)
        bump(
          cueWords.length === 1 ? loneCueAdverbs : verbCueAdverbs,
          formOf(text, adverb).toLowerCase(),
        );
      const sourceLast = a.source?.length
        ? words.filter((w) => inside(a.source, w)).pop()
        : undefined;
      if (sourceLast?.pos === 'PROPN' && /^\p{Lu}/u.test(formOf(text, sourceLast)))
        bump(organisationWords, formOf(text, sourceLast).toLowerCase());
      if (head >= 0) {
        const lemma = cueWords[head].lemma;
        bump(cueHeads, lemma);
        if (clause) bump(clauseContents, lemma);
        if (a.source?.length && a.cue?.length && a.source[0].start > a.cue[0].start)
          bump(inverted, lemma);
        // A particle closing the cue span ("called for", "pointed out"), not an adjunct ("said in a statement").
        const particle = cueWords[head + 1];
        if (
          head + 2 === cueWords.length &&
          particle &&
          (particle.pos === 'ADP' || particle.pos === 'PART') &&
          isWordish(particle)
        ) {
          bump(phrasal, `${lemma} ${particle.lemma}`);
          if (clause) bump(phrasalClauses, `${lemma} ${particle.lemma}`);
        }
        // Adjunct nouns: after the verb inside the cue ("said in a statement") or between cue and
        // content ("told reporters").
        const cueEnd = cueWords[cueWords.length - 1].end;
        const gap =
          content.length && content[0].start > cueEnd
            ? words
                .filter((w) => w.start >= cueEnd && w.end <= content[0].start)
                .slice(0, maxGapWords)
            : [];
        for (const w of [...cueWords.slice(head + 1), ...gap])
          if (w.pos === 'NOUN' && isWordish(w) && isLowercase(text, w)) bump(adjuncts, w.lemma);
        for (const w of gap)
          if (w.pos === 'PROPN' && hasSense('noun', w.lemma, 'noun.time')) bump(adjuncts, w.lemma);
      }
      const sourceWords = words.filter((w) => inside(a.source, w));
      sourceWords.forEach((w, i) => {
        if (!isWordish(w) || !isLowercase(text, w)) return;
        const next = sourceWords[i + 1];
        if (w.pos === 'NOUN') {
          bump(sourceNouns, w.lemma);
          if (next && /^(NOUN|PROPN)$/.test(next.pos)) bump(modifiers, w.lemma);
          else bump(sourceHeads, w.lemma);
        } else if (w.pos === 'ADJ' && next) bump(modifiers, formOf(text, w).toLowerCase());
      });
    }
  }
  return {
    cueHeads,
    verbOccurrences,
    clauseContents,
    inverted,
    phrasal,
    sourceNouns,
    sourceHeads,
    modifiers,
    adjuncts,
    phrasalClauses,
    cueAdverbs,
    loneCueAdverbs,
    verbCueAdverbs,
    organisationWords,
    commonNouns,
    commonNounLemmas,
    lowercaseLemmas,
  };
}
