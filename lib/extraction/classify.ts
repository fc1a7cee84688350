import type { Attribution, ClaimKind } from './types';
import { OPINION_CUE_LEMMAS } from './cue-lexicon';
import { NUMBER_WORDS } from './word-lists';

export interface ClaimFeatures {
  text: string;
  attribution: Attribution;
  cueLemma: string | null;
  hasNamedSpeaker: boolean;
}

export interface Classification {
  kind: ClaimKind;
  checkworthiness: number;
  checkworthy: boolean;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu;
const HEDGES = new Set([
  'would',
  'could',
  'might',
  'may',
  'likely',
  'unlikely',
  'possible',
  'possibly',
  'perhaps',
  'probably',
  'expected',
  'expects',
  'expect',
  'predicted',
  'forecast',
  'potential',
]);
const SCHEDULE_VERBS = new Set([
  'meet',
  'visit',
  'hold',
  'attend',
  'travel',
  'lead',
  'take',
  'begin',
  'start',
  'open',
  'launch',
  'host',
  'vote',
  'sign',
  'announce',
  'receive',
  'release',
  'publish',
  'close',
  'end',
  'resume',
  'leave',
  'arrive',
  'be',
  'debate',
  'consider',
  'review',
  'hear',
  'rule',
  'decide',
  'testify',
  'appear',
]);
const APPEAL_WORDS = new Set([
  'plea',
  'urged',
  'urging',
  'urge',
  'need',
  'needs',
  'needed',
  'must',
  'should',
]);
const EVALUATIVE_WORDS = new Set([
  'positive',
  'negative',
  'fragile',
  'staggering',
  'skeptical',
  'sceptical',
  'optimistic',
  'pessimistic',
  'hopeful',
  'disappointed',
  'concerned',
  'worried',
  'masquerade',
  'outrage',
  'breakthrough',
  'remembered',
  'committed',
  'fine',
  'shameful',
  'disgraceful',
  'wonderful',
  'terrible',
  'great',
  'historic',
  'excellent',
  'disastrous',
  'unfair',
  'ridiculous',
  'absurd',
  'tenuous',
  'disappointing',
  'encouraging',
  'outrageous',
  'appalling',
  'shocking',
  'unjust',
  'irresponsible',
  'welcome',
  'welcomed',
  'regrettable',
  'tragic',
  'best',
  'worst-ever',
  'believe',
]);
const IRREGULAR_PAST = new Set([
  'met',
  'sat',
  'won',
  'lost',
  'fell',
  'hit',
  'began',
  'took',
  'made',
  'held',
  'left',
  'came',
  'went',
  'told',
  'said',
  'gave',
  'sent',
  'struck',
  'shot',
  'ran',
  'rose',
  'grew',
  'led',
  'fled',
  'hurt',
  'broke',
  'brought',
  'bought',
  'sold',
  'built',
  'paid',
  'spent',
  'caught',
  'found',
  'kept',
  'became',
]);

/** Assigns a claim kind and a 0..1 check-worthiness score from lexical cues. */
export function classifyClaim(features: ClaimFeatures): Classification {
  const words = features.text.match(WORD_RE) ?? [];
  const lower = words.map((w) => w.toLowerCase().replace(/[.,]+$/, ''));
  // Years and names such as "G7" are not quantities.
  const hasNumber =
    /(?:^|[^\p{L}\d])\d/u.test(features.text.replace(/\b(?:1[89]|20)\d\d\b/g, '')) ||
    lower.some((w) => NUMBER_WORDS.has(w));
  const negatedModal = /\b(would|could|will|can)\s+not\b|\b(wouldn|couldn|won)['’]t\b/i.test(
    features.text,
  );

  const purpose = lower.findIndex((w, i) => w === 'so' && i > 0);
  const mainClause = purpose > 0 ? lower.slice(0, purpose) : lower;
  let prediction = !negatedModal && mainClause.some((w) => HEDGES.has(w));
  const willAt = mainClause.indexOf('will');
  if (willAt >= 0 && !negatedModal) {
    const next = lower[willAt + 1] === 'be' ? lower[willAt + 2] : lower[willAt + 1];
    if (!(SCHEDULE_VERBS.has(next ?? '') || hasNumber)) prediction = true;
  }
  if (lower[0] === 'if') prediction = true;
  // "they would challenge the results in 14 constituencies": a stated, concrete intention, not a forecast.
  const statedIntention =
    /^(he|she|they|we|i)$/.test(lower[0] ?? '') &&
    /^(would|will)$/.test(lower[1] ?? '') &&
    (hasNumber || words.slice(2).some((w) => /^\p{Lu}/u.test(w)));
  if (statedIntention) prediction = false;

  const opinionCue = !!features.cueLemma && OPINION_CUE_LEMMAS.has(features.cueLemma);
  const appeal = lower.some((w) => APPEAL_WORDS.has(w));
  const evaluative = lower.some((w) => EVALUATIVE_WORDS.has(w));
  const event =
    lower.some((w, i) => i > 0 && (/[a-z]{3}ed$/.test(w) || IRREGULAR_PAST.has(w))) ||
    /\b(?:has|have|had)\s+(?:not\s+)?\p{L}+|\b(?:is|are|was|were)\s+(?:\p{L}+ly\s+)?\p{L}+ing\b/iu.test(
      features.text,
    );

  let score = 0.6;
  if (hasNumber) score += 0.2;
  if (features.hasNamedSpeaker) score += 0.1;
  if (event) score += 0.05;
  if (words.length < 5) score -= 0.15;
  // Predictions, opinions and appeals are not checkable however concrete their wording.
  const signals = [prediction, opinionCue, appeal, evaluative].filter(Boolean).length;
  if (signals > 0) score = Math.min(score - 0.3, 0.45) - 0.1 * (signals - 1);
  const checkworthiness = Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;

  const kind: ClaimKind = prediction
    ? 'prediction'
    : opinionCue || appeal || evaluative
      ? 'position'
      : hasNumber
        ? 'statistic'
        : features.attribution === 'direct'
          ? 'quote'
          : event
            ? 'event'
            : 'other';
  return { kind, checkworthiness, checkworthy: checkworthiness >= 0.5 };
}
