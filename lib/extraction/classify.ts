import type { Attribution, ClaimKind } from './types';
import { checkworthinessModel, checkworthinessProbability } from './checkworthiness/model';
import { activeRules, ruleExclusion } from './checkworthiness/rules';
import { hasPastForm, hasPerfect } from './verb-forms';
import { NUMBER_WORDS } from './word-lists';

export interface ClaimFeatures {
  text: string;
  /** The sentence the claim is part of (the model reads both); the claim text itself when omitted. */
  sentence?: string;
  attribution: Attribution;
  cueLemma: string | null;
}

export interface Classification {
  kind: ClaimKind;
  checkworthiness: number;
  checkworthy: boolean;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu;
// Markers of a forecast or hedge; the model decides check-worthiness, these only name the kind.
const FUTURE_OR_HEDGE = new Set([
  'will',
  'would',
  'could',
  'might',
  'may',
  'likely',
  'unlikely',
  'probably',
  'possibly',
  'perhaps',
  'expected',
]);
/**
 * Check-worthiness is the trained model's calibrated probability (checkworthiness/model.ts), lowered below
 * the threshold when a documented rule excludes the claim (checkworthiness/rules.ts). The kind is named
 * from the claim's wording: statistic (a quantity; years do not count), prediction (a forecast or hedge
 * that is not check-worthy), quote, event (past or perfect), position (an opinion cue or appeal), other.
 */
export function classifyClaim(features: ClaimFeatures): Classification {
  const { threshold } = checkworthinessModel();
  const probability =
    Math.round(checkworthinessProbability(features.text, features.sentence) * 1000) / 1000;
  const excludedBy = ruleExclusion(features, activeRules());
  // An excluded claim keeps the model's ranking but stays below the threshold.
  const checkworthiness = excludedBy
    ? Math.min(probability, Math.round((threshold - 0.001) * 1000) / 1000)
    : probability;
  const checkworthy = checkworthiness >= threshold;

  const lower = (features.text.match(WORD_RE) ?? []).map((w) =>
    w.toLowerCase().replace(/[.,]+$/, ''),
  );
  const hasNumber =
    /(?:^|[^\p{L}\d])\d/u.test(features.text.replace(/\b(?:1[89]|20)\d\d\b/g, '')) ||
    lower.some((w) => NUMBER_WORDS.has(w));
  const hedged = lower.some((w) => FUTURE_OR_HEDGE.has(w)) || lower[0] === 'if';
  // The GUIDELINE's order: statistic > prediction > quote > event > position > other.
  const kind: ClaimKind = hasNumber
    ? 'statistic'
    : hedged && !checkworthy
      ? 'prediction'
      : features.attribution === 'direct'
        ? 'quote'
        : hasPastForm(lower) || hasPerfect(features.text)
          ? 'event'
          : excludedBy === 'opinion-cue' || excludedBy === 'appeal'
            ? 'position'
            : 'other';
  return { kind, checkworthiness, checkworthy };
}
