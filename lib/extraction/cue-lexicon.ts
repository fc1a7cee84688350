import type { CueType, Token } from './types';
import { HEARSAY_ADVERBS, PHRASAL_CUES, REPORTING_VERBS } from './lexicon';

export interface CueEntry {
  type: CueType;
  lemma: string;
  participle: boolean;
  /** The speaker may follow the cue after the content ("…, said the minister"). */
  inverted: boolean;
  /** Number of tokens: 2 for a phrasal cue ("called for", "pointed out"). */
  length: number;
}

const VERB_TAGS = new Set(['VERB']);

/**
 * The reporting cue at `token` (optionally with the particle `next`): a verb (by the tagger) whose lemma is a
 * derived reporting verb. Clause-taking verbs are `speech` cues, the others take their object as the content.
 */
export function lookupCue(token: Token, next: Token | undefined): CueEntry | undefined {
  if (!token.pos || !VERB_TAGS.has(token.pos) || !token.lemma) return undefined;
  const participle = /ing$/.test(token.lower);
  const phrasal = next?.isWord ? PHRASAL_CUES.get(`${token.lemma} ${next.lower}`) : undefined;
  const verb = REPORTING_VERBS.get(token.lemma);
  if (phrasal)
    return {
      type: phrasal.clause ? 'speech' : 'object',
      lemma: token.lemma,
      participle,
      inverted: false,
      length: 2,
    };
  if (!verb) return undefined;
  return {
    type: verb.clause ? 'speech' : 'object',
    lemma: token.lemma,
    participle,
    inverted: verb.inverted,
    length: 1,
  };
}

/**
 * Lemmas whose content is an opinion, belief or appeal rather than a checkable fact. Used by the
 * check-worthiness rules in classify.ts (hand-written rule list of that module, not of attribution).
 */
export const OPINION_CUE_LEMMAS = new Set([
  'believe',
  'think',
  'hope',
  'fear',
  'expect',
  'predict',
  'forecast',
  'describe',
  'praise',
  'urge',
  'welcome',
  'demand',
  'call',
  'insist',
  'appeal',
  'plea',
  'push',
  'signal',
  'hail',
  'applaud',
  'defend',
  'criticise',
  'criticize',
  'slam',
  'dismiss',
]);

/**
 * A hearsay adverb formed from a reporting verb's participle ("reportedly", "allegedly") that PolNeAR annotates
 * as a cue on its own (derived); "repeatedly" and "pointedly" belong to the verb they modify ("has repeatedly
 * said"), whose subject is the speaker.
 */
export function isHearsayAdverb(token: Token): boolean {
  const stem = /^([a-z]+?)e?dly$/.exec(token.lower)?.[1];
  return (
    !!stem &&
    (REPORTING_VERBS.has(stem) || REPORTING_VERBS.has(`${stem}e`)) &&
    HEARSAY_ADVERBS.has(token.lower)
  );
}
