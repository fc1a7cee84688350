import type { CueType, Token } from './types';
import { lookupCue } from './cue-lexicon';
import { isPossessive } from './tokens';

export interface CueMatch {
  /** Token index of the cue's first word. */
  index: number;
  /** Number of tokens the cue spans ("called for" = 2). */
  length: number;
  type: CueType;
  lemma: string;
  participle: boolean;
}

/** The reporting cue starting at token `i`, if any. */
export function cueAt(tokens: Token[], i: number): CueMatch | null {
  const t = tokens[i];
  if (!t?.isWord || (t.isCapitalized && i > 0)) return null;
  const next = tokens[i + 1];
  if (next?.isWord) {
    const phrasal = lookupCue(`${t.lower} ${next.lower}`);
    if (phrasal) return { index: i, length: 2, ...phrasal };
  }
  if (t.lower === 'according' && next?.lower === 'to')
    return { index: i, length: 2, type: 'source', lemma: 'according to', participle: false };
  const entry = lookupCue(t.lower);
  if (!entry) return null;
  // "the reported deaths", "a warning": a determiner or possessive before the form makes it a noun/adjective.
  const prev = tokens[i - 1];
  if (prev && (/^(the|a|an|its|his|her|their|this|that)$/.test(prev.lower) || isPossessive(prev)))
    return null;
  return { index: i, length: 1, ...entry };
}

export function cueText(tokens: Token[], cue: CueMatch, text: string): string {
  return text.slice(tokens[cue.index].start, tokens[cue.index + cue.length - 1].end);
}
