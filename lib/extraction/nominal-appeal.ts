/** Nominal appeals: "with a plea for …", "issued a call for …" (a noun cue whose subject is the clause subject). */
import type { CueMatch } from './cues';
import { phraseAtStart } from './noun-phrase';
import type { Token } from './types';

const NOMINAL_APPEALS = new Set([
  'plea',
  'call',
  'calls',
  'appeal',
  'appeals',
  'demand',
  'demands',
]);

/** "X opened the meeting with a plea for Y": the subject appeals for Y. */
export function findNominalAppeal(t: Token[], start: number, end: number) {
  for (let i = start + 2; i < end - 2; i++) {
    if (
      !NOMINAL_APPEALS.has(t[i].lower) ||
      t[i + 1].lower !== 'for' ||
      !/^(a|an|the|its|his|her|their)$/.test(t[i - 1].lower)
    )
      continue;
    const subject = phraseAtStart(t, start, i);
    if (!subject || subject.first > start + 1 || !subject.tokens.some((tok) => tok.isCapitalized))
      return null;
    const cue: CueMatch = {
      index: i,
      length: 2,
      type: 'object',
      lemma: 'appeal',
      participle: false,
    };
    return { subject, cue, contentStart: i + 2 };
  }
  return null;
}
