/**
 * Rules applied on top of the model, each a general English reading of the GUIDELINE's exclusions.
 * Each is measured with and without it by `npm run bench:extract` (docs/extraction.md records the figures).
 */
import { OPINION_CUE_LEMMAS } from '../cue-lexicon';

export type RuleName = 'opinion-cue' | 'question' | 'hedge' | 'appeal';

export const ALL_RULES: readonly RuleName[] = ['opinion-cue', 'question', 'hedge', 'appeal'];

interface RuleInput {
  text: string;
  cueLemma: string | null;
}

// "could fall", "is likely to", "are expected to": outcomes the speaker does not assert as fact.
const HEDGE_RE =
  /\b(?:could|might|likely|unlikely|probably|possibly|perhaps)\b|\b(?:is|are|was|were|be)\s+expected\s+to\b/i;
// Lower case only: "May" is also a month.
const MAY_RE = /\bmay\b/;
// Demands and needs: "they must act", "we should", "needs to".
const APPEAL_RE = /\b(?:must|should|ought\s+to|needs?\s+to)\b/i;

const RULES: Record<RuleName, (input: RuleInput) => boolean> = {
  // Opinion, prediction and appeal cues (believe, describe … as, urge, call for, expect …) introduce
  // content the speaker does not assert as fact.
  'opinion-cue': (input) => !!input.cueLemma && OPINION_CUE_LEMMAS.has(input.cueLemma),
  // Rhetorical questions assert nothing.
  question: (input) => /\?\s*['"’”]?\s*$/.test(input.text),
  hedge: (input) => HEDGE_RE.test(input.text) || MAY_RE.test(input.text),
  appeal: (input) => APPEAL_RE.test(input.text),
};

let enabled: readonly RuleName[] = ALL_RULES;

/** The rules in force; all of them except inside withCheckworthinessRules. */
export function activeRules(): readonly RuleName[] {
  return enabled;
}

/** The first rule that excludes the claim from being check-worthy, or null. */
export function ruleExclusion(input: RuleInput, rules: readonly RuleName[]): RuleName | null {
  return rules.find((rule) => RULES[rule](input)) ?? null;
}

/** Runs `work` (synchronously) with only the given rules in force: for measuring each rule's effect. */
export function withCheckworthinessRules<T>(rules: readonly RuleName[], work: () => T): T {
  const previous = enabled;
  enabled = rules;
  try {
    return work();
  } finally {
    enabled = previous;
  }
}
