import { compareNumbers, type NumberAgreement } from './numbers';
import { compareSpeakers, type SpeakerAgreement } from './speaker';

/** What one candidate pair was scored on; stored with the match and shown to the journalist. */
export interface MatchFeatures {
  /** pg_trgm similarity of the two texts (0..1). */
  trigram: number;
  /** Dice overlap of the two texts' full-text lexemes (PostgreSQL's English stemming, no stop words). */
  words: number;
  numbers: NumberAgreement;
  speaker: SpeakerAgreement;
}

export interface MatchSide {
  text: string;
  speaker: string | null;
  numbers: readonly string[];
  lexemes: readonly string[];
}

/**
 * A candidate at or above this score is stored as "seen before". Chosen on the training half of the
 * labelled pairs (`npm run bench:matching`), then measured on the held-out half; see docs/matching.md.
 */
export const MATCH_THRESHOLD = 0.45;

export function dice(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const setB = new Set(b);
  const setA = new Set(a);
  let shared = 0;
  for (const item of setA) if (setB.has(item)) shared++;
  return (2 * shared) / (setA.size + setB.size);
}

export function matchFeatures(a: MatchSide, b: MatchSide, trigram: number): MatchFeatures {
  return {
    trigram,
    words: dice(a.lexemes, b.lexemes),
    numbers: compareNumbers(a.numbers, b.numbers),
    speaker: compareSpeakers(a.speaker, b.speaker),
  };
}

const NUMBER_ADJUSTMENT: Record<NumberAgreement, number> = {
  same: 0.1,
  none: 0,
  'one-sided': -0.1,
  differ: 0,
};
const SPEAKER_ADJUSTMENT: Record<SpeakerAgreement, number> = {
  same: 0.05,
  unknown: 0,
  different: 0,
};

/** 0..1; claims whose quantities differ never match (0), whatever their wording. */
export function matchScore(features: MatchFeatures): number {
  if (features.numbers === 'differ') return 0;
  const text = 0.4 * features.trigram + 0.6 * features.words;
  const score = text + NUMBER_ADJUSTMENT[features.numbers] + SPEAKER_ADJUSTMENT[features.speaker];
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
