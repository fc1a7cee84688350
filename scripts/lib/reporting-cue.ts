/**
 * Which PolNeAR cues are reporting expressions, by a general rule rather than a list: "according to", or
 * a cue holding a verb one of whose two most frequent WordNet senses is a verb of communication
 * (lexicographer file verb.communication: say, tell, announce, warn, vow, urge …). Beliefs and wishes
 * (think, want, hope: verb.cognition / verb.emotion) and bare punctuation cues (":") are not.
 */
import { tagText } from '../../lib/extraction/tagger';
import { hasSense } from './wordnet';

const TOP_SENSES = 2;
const VERB_TAGS = new Set(['VERB', 'AUX', 'NOUN']);

export function isReportingCue(cue: string): boolean {
  if (/\baccording to\b/i.test(cue)) return true;
  return tagText(cue).some(
    (w) => VERB_TAGS.has(w.pos) && hasSense('verb', w.lemma, 'verb.communication', TOP_SENSES),
  );
}

// Closed-class English pronouns (personal, possessive, relative, demonstrative, indefinite).
const PRONOUNS = new Set(
  `i me my we us our you your he him his she her it its they them their who whom whose which that this
  these those one someone somebody anyone anybody everyone everybody nobody some many few others all both
  each either neither none another`.split(/\s+/),
);

/** A source that is only pronouns ("he", "who", "his", "some"), which PolNeAR does not resolve. */
export function isPronounSource(source: string): boolean {
  const words = source.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  return words.length > 0 && words.every((w) => PRONOUNS.has(w));
}
