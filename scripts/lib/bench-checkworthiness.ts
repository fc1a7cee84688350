/**
 * Check-worthiness part of `npm run bench:extract`: ClaimBuster held-out sentences through the whole
 * extractor (each sentence its own paragraph), the model on the dev set's gold claim texts, check-worthiness
 * errors among matched dev claims, and every rule measured with and without it.
 */
import { extractClaims } from '../../lib/extraction';
import {
  checkworthinessModel,
  checkworthinessProbability,
  withOperatingPoint,
} from '../../lib/extraction/checkworthiness/model';
import modelFile from '../../lib/extraction/checkworthiness/model.json';
import type {
  CheckworthinessModelFile,
  OperatingPointName,
} from '../../lib/extraction/checkworthiness/model-file';
import {
  ALL_RULES,
  ruleExclusion,
  withCheckworthinessRules,
  type RuleName,
} from '../../lib/extraction/checkworthiness/rules';
import { cueAt } from '../../lib/extraction/cues';
import { tagText } from '../../lib/extraction/tagger';
import { tokenize } from '../../lib/extraction/tokens';
import { loadClaimbuster, type ClaimbusterSentence } from './checkworthiness/data';
import { binaryScores, countBinary, type BinaryScores } from './checkworthiness/metrics';
import { claimbusterHoldout } from './checkworthiness/split';
import type { DevArticle } from './extraction-data';
import { overlap, spansMatch } from './matching';

const model = modelFile as CheckworthinessModelFile;
/** The operating point the engine does not use, measured for comparison. */
export const otherOperatingPoint: OperatingPointName =
  model.operatingPoint === 'news' ? 'claimbuster' : 'news';
/** Model only: the probability reaches the threshold of the operating point in force. */
const modelSays = (text: string, sentence = text) =>
  checkworthinessProbability(text, sentence) >= checkworthinessModel().threshold;
const fmt = (s: BinaryScores) =>
  `F1 ${s.f1.toFixed(3)} (precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)})`;

export function scoreSentences(
  sentences: ClaimbusterSentence[],
  predict: (text: string) => boolean,
) {
  return binaryScores(
    countBinary(
      sentences.map((s) => predict(s.text)),
      sentences.map((s) => s.label === 1),
    ),
  );
}

export const throughExtractor = (rules: readonly RuleName[]) => (text: string) =>
  withCheckworthinessRules(rules, () => extractClaims(text).some((c) => c.checkworthy));

const without = (rule: RuleName) => ALL_RULES.filter((r) => r !== rule);

function claimbusterHeldOut(dir: string): void {
  const { heldOut } = claimbusterHoldout(loadClaimbuster(dir), model.training.holdout);
  if (heldOut.length !== model.training.holdout.sentences)
    throw new Error(
      `ClaimBuster hold-out has ${heldOut.length} sentences, the model was trained with ${model.training.holdout.sentences}: retrain (npm run train:checkworthiness)`,
    );
  console.log(
    `\nOperating points: news (calibration moved to the check-worthy share ${model.priors.news} estimated on ${model.priors.newsClaims} unlabelled PolNeAR claims, threshold ${model.operatingPoints.news.threshold}) and claimbuster (its own share ${model.priors.training}, threshold ${model.operatingPoints.claimbuster.threshold}); the engine uses ${model.operatingPoint}.`,
  );
  console.log(
    `ClaimBuster held-out sentences (${heldOut.length}, one in ${model.training.holdout.every} of claimbuster/train.json, seed ${model.training.holdout.seed}; never trained on), each sentence its own paragraph, check-worthy when any claim from it is:`,
  );
  for (const point of [model.operatingPoint, otherOperatingPoint])
    withOperatingPoint(point, () => {
      const label = (name: string) => `  ${`${name}, ${point}`.padEnd(42)}`;
      console.log(
        `${label('Engine (model + rules)')}${fmt(scoreSentences(heldOut, throughExtractor(ALL_RULES)))}`,
      );
      console.log(
        `${label('Engine, model only')}${fmt(scoreSentences(heldOut, throughExtractor([])))}`,
      );
      console.log(
        `${label('Model on the whole sentence')}${fmt(scoreSentences(heldOut, modelSays))}`,
      );
    });
  for (const rule of ALL_RULES)
    console.log(
      `  ${`Engine without the ${rule} rule`.padEnd(42)}${fmt(scoreSentences(heldOut, throughExtractor(without(rule))))}`,
    );
  console.log(
    `  ${'Baseline: every sentence'.padEnd(42)}${fmt(scoreSentences(heldOut, () => true))}`,
  );
}

/** The cue's lemma as the extractor would give it ("described … as" → describe). */
function cueLemma(cue: string | null): string | null {
  if (!cue) return null;
  // A cue alone ("said") reads as a sentence of its own; a subject in front tags it as a verb.
  const text = `They ${cue}`;
  const tokens = tokenize(text, 0, text.length, new Map(tagText(text).map((w) => [w.start, w])));
  for (let i = 1; i < tokens.length; i++) {
    const match = cueAt(tokens, i);
    if (match) return match.lemma;
  }
  return null;
}

function devGoldClaims(articles: DevArticle[]): void {
  const claims = articles.flatMap((a) => a.claims);
  const gold = claims.map((c) => c.checkworthy);
  const { threshold } = checkworthinessModel();
  const modelOnly = claims.map((c) => checkworthinessProbability(c.text, c.sentence) >= threshold);
  const score = (rules: readonly RuleName[]) =>
    binaryScores(
      countBinary(
        claims.map(
          (c, i) =>
            modelOnly[i] && !ruleExclusion({ text: c.text, cueLemma: cueLemma(c.cue) }, rules),
        ),
        gold,
      ),
    );
  console.log(
    `\nDev set gold claims (${claims.length} texts, ${gold.filter(Boolean).length} check-worthy), each gold text classified on its own (gold cue for the opinion-cue rule):`,
  );
  console.log(`  Model + rules                       ${fmt(score(ALL_RULES))}`);
  console.log(`  Model only                          ${fmt(score([]))}`);
  const other = withOperatingPoint(otherOperatingPoint, () =>
    claims.map(
      (c) =>
        modelSays(c.text, c.sentence) &&
        !ruleExclusion({ text: c.text, cueLemma: cueLemma(c.cue) }, ALL_RULES),
    ),
  );
  console.log(
    `  ${`Model + rules, ${otherOperatingPoint}`.padEnd(36)}${fmt(binaryScores(countBinary(other, gold)))}`,
  );
  for (const rule of ALL_RULES)
    console.log(`  Without the ${`${rule} rule`.padEnd(24)}${fmt(score(without(rule)))}`);
  console.log(
    `  Baseline: every claim               ${fmt(
      binaryScores(
        countBinary(
          claims.map(() => true),
          gold,
        ),
      ),
    )}`,
  );
}

/** Among dev gold claims the engine finds (matching rule), how often the check-worthy flag disagrees. */
function devFlagErrors(articles: DevArticle[]): void {
  let matched = 0;
  let missedCheckworthy = 0;
  let wronglyCheckworthy = 0;
  for (const article of articles) {
    const predicted = extractClaims(article.body);
    for (const g of article.claims) {
      const span = { start: g.char_start, end: g.char_end };
      const best = predicted
        .filter((p) => spansMatch(span, p))
        .sort((a, b) => overlap(span, b) - overlap(span, a))[0];
      if (!best) continue;
      matched++;
      if (g.checkworthy && !best.checkworthy) missedCheckworthy++;
      if (!g.checkworthy && best.checkworthy) wronglyCheckworthy++;
      if (process.env.BENCH_VERBOSE && g.checkworthy !== best.checkworthy)
        console.log(
          `  flag ${g.id}: gold ${g.checkworthy} got ${best.checkworthy} (${best.checkworthiness}): ${best.text}`,
        );
    }
  }
  console.log(
    `\nCheck-worthiness errors on the ${matched} dev gold claims the engine finds: ${missedCheckworthy} check-worthy marked not, ${wronglyCheckworthy} not check-worthy marked check-worthy (the rest of the dev misses are span errors).`,
  );
}

export function benchCheckworthiness(dir: string, articles: DevArticle[]): void {
  devFlagErrors(articles);
  devGoldClaims(articles);
  claimbusterHeldOut(dir);
}
