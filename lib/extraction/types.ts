export type Attribution = 'direct' | 'indirect' | 'according_to' | 'reported' | 'none';
export type ClaimKind = 'statistic' | 'quote' | 'event' | 'position' | 'prediction' | 'other';

export interface ExtractedClaim {
  /** Verbatim substring of the input: the claim content without the attribution phrase. */
  text: string;
  start: number;
  end: number;
  sentence: { start: number; end: number };
  speaker: string | null;
  speakerRole: string | null;
  cue: string | null;
  attribution: Attribution;
  kind: ClaimKind;
  checkworthiness: number;
  checkworthy: boolean;
}

/** A word or punctuation mark with absolute offsets in the input. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  isCapitalized: boolean;
  /** Universal POS tag and lemma from the tagger (tagger.ts); absent when the tagger did not see the word. */
  pos?: string;
  lemma?: string;
}

export type CueType = 'speech' | 'object' | 'source' | 'adverb';
