import generated from './lexicon.generated.json';

/**
 * Open-class word lists derived by scripts/derive-lexicons.ts from PolNeAR's training articles and WordNet
 * (see lexicon.generated.json for counts and thresholds). Hand-written closed-class lists live in word-lists.ts.
 */
export interface ReportingVerb {
  /** Takes a clause ("said that …"); otherwise its object phrase is the content ("praised the plan"). */
  clause: boolean;
  /** May follow its content with the speaker after it ("…, said the minister"). */
  inverted: boolean;
}

const keys = (record: Record<string, unknown>) => new Set(Object.keys(record));

export const REPORTING_VERBS = new Map<string, ReportingVerb>(
  Object.entries(generated.reportingVerbs).map(([lemma, v]) => [
    lemma,
    { clause: v.clause, inverted: v.inverted },
  ]),
);
export const PHRASAL_CUES = new Map<string, { clause: boolean }>(
  Object.entries(generated.phrasalCues).map(([phrase, v]) => [phrase, { clause: v.clause }]),
);
export const PERSON_NOUNS = keys(generated.personNouns);
export const GROUP_NOUNS = keys(generated.groupNouns);
export const DOCUMENT_NOUNS = keys(generated.documentNouns);
export const ORGANISATION_WORDS = keys(generated.organisationWords);
export const SPEAKER_MODIFIERS = keys(generated.speakerModifiers);
export const TIME_NOUNS = keys(generated.timeWords);
export const AUDIENCE_NOUNS = keys(generated.audienceWords);
export const CUE_ADVERBS = keys(generated.cueAdverbs);
export const HEARSAY_ADVERBS = keys(generated.hearsayAdverbs);
