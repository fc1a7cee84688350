/**
 * A reporting gerund inside an adjunct of the main clause, whose speaker is the main clause's subject
 * ("Lee drew criticism after telling reporters that …", "After telling …, Lee …").
 */
import { cueAt, introducesClause, type CueMatch } from './cues';
import { withLinkedName } from './clause-subjects';
import { isPhraseToken, phraseAtStart, type SpeakerPhrase } from './noun-phrase';
import type { Token } from './types';

/** Prepositions and subordinators that take a gerund ("after telling", "upon saying", "while insisting"). */
export const GERUND_PREPOSITIONS = new Set([
  'after',
  'before',
  'upon',
  'by',
  'since',
  'without',
  'when',
  'while',
]);

export interface GerundAdjunct {
  phrase: SpeakerPhrase;
  cue: CueMatch;
  /** End of the main clause part before the adjunct. */
  prefixEnd: number;
  /** End of the cue's content. */
  contentEnd: number;
  /** Where the rest of the main clause starts. */
  restStart: number;
}

/**
 * A reporting gerund after a preposition ("after telling reporters that ...", "upon saying ..."):
 * "SUBJECT VERB ... after telling ... CONTENT" or "After telling ... CONTENT, SUBJECT VERB ...".
 * The speaker is the subject of the main clause; the main clause itself is parsed as usual.
 */
export function gerundAdjunct(t: Token[], start: number, end: number): GerundAdjunct | null {
  const opening = openingParticiple(t, start, end);
  if (opening) return opening;
  for (let i = start + 1; i < end - 1; i++) {
    const cue = cueAt(t, i);
    if (!cue) continue;
    if (!cue.participle) return null;
    if (cue.type === 'source' || !GERUND_PREPOSITIONS.has(t[i - 1].lower)) continue;
    if (i - 1 === start) return subjectAfterAdjunct(t, cue, i + 2, start, end);
    const subject = withLinkedName(t, phraseAtStart(t, start, i - 1), i - 1);
    if (
      !subject ||
      subject.first > start + 1 ||
      !subject.tokens.some((tok) => tok.isCapitalized || isPhraseToken(tok))
    )
      return null;
    return { phrase: subject, cue, prefixEnd: i - 1, contentEnd: end, restStart: end };
  }
  return null;
}

/**
 * "Noting that the pier was unsafe, Lee closed it": a sentence-initial participle of a clause-taking cue whose
 * clause ends at the comma before the main clause's subject ("Speaking at a rally, Lee …" has no clause).
 */
function openingParticiple(t: Token[], start: number, end: number): GerundAdjunct | null {
  const cue = cueAt(t, start);
  if (!cue?.participle || cue.type !== 'speech') return null;
  const adjunct = subjectAfterAdjunct(t, cue, start + cue.length, start, end);
  return adjunct && introducesClause(t, cue, adjunct.contentEnd) ? adjunct : null;
}

/** Sentence-initial adjunct: the speaker is the subject after the comma that closes it. */
function subjectAfterAdjunct(
  t: Token[],
  cue: CueMatch,
  from: number,
  start: number,
  end: number,
): GerundAdjunct | null {
  for (let k = from; k < end - 2; k++) {
    if (t[k].text !== ',') continue;
    const subject = withLinkedName(t, phraseAtStart(t, k + 1, end), end);
    const after = subject ? t[k + 1 + subject.tokens.length] : undefined;
    if (subject && subject.first === k + 1 && after?.isWord && !after.isCapitalized)
      return { phrase: subject, cue, prefixEnd: start, contentEnd: k, restStart: k + 1 };
  }
  return null;
}
