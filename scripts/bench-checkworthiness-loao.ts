/**
 * `npm run bench:checkworthiness-loao [-- --weights 0,10,30]`: how much training on the dev set's gold claims
 * helps on news it has not seen. For each dev-gold weight, each dev article is scored by a model trained
 * without that article (leave one article out); weight 0 is the model without dev gold. ClaimBuster's
 * held-out F1 (through the extractor) is measured with the model trained on all dev articles.
 */
import { extractClaims } from '../lib/extraction';
import { withModelFile } from '../lib/extraction/checkworthiness/model';
import type { CheckworthinessModelFile } from '../lib/extraction/checkworthiness/model-file';
import { ALL_RULES } from '../lib/extraction/checkworthiness/rules';
import { scoreSentences, throughExtractor } from './lib/bench-checkworthiness';
import {
  DEFAULT_DEV_GOLD_WEIGHT,
  loadClaimbuster,
  loadDevGoldExamples,
} from './lib/checkworthiness/data';
import { unlabelledNewsClaims } from './lib/checkworthiness/news-claims';
import { claimbusterHoldout } from './lib/checkworthiness/split';
import { DEFAULT_TRAIN_OPTIONS, trainCheckworthiness } from './lib/checkworthiness/train';
import { add, ratio, score, type Score } from './lib/dev-score';
import { extractionDataDir, loadDevSet, MissingDataError } from './lib/extraction-data';

function parseWeights(argv: string[]): number[] {
  if (argv.length === 0) return [0, DEFAULT_DEV_GOLD_WEIGHT];
  const weights = argv[0] === '--weights' && argv[1] ? argv[1].split(',').map(Number) : [];
  if (argv.length !== 2 || !weights.length || weights.some((w) => !Number.isFinite(w) || w < 0))
    throw new Error('usage: bench:checkworthiness-loao [--weights W1,W2,...] (each W >= 0)');
  return weights;
}

const EMPTY: Score = {
  goldCheckworthy: 0,
  recalled: 0,
  predictedCheckworthy: 0,
  precise: 0,
  matched: 0,
  speakerCorrect: 0,
};

function main(): void {
  const weights = parseWeights(process.argv.slice(2));
  const dir = extractionDataDir();
  const articles = loadDevSet(dir);
  const claimbuster = loadClaimbuster(dir);
  const news = unlabelledNewsClaims();
  const train = (weight: number, except: string[]): CheckworthinessModelFile =>
    trainCheckworthiness(
      claimbuster,
      weight > 0 ? loadDevGoldExamples(weight, except, dir) : [],
      news,
      DEFAULT_TRAIN_OPTIONS,
    ).model;
  const { heldOut } = claimbusterHoldout(claimbuster, DEFAULT_TRAIN_OPTIONS.holdout);

  const rows: string[] = [];
  for (const weight of weights) {
    const started = Date.now();
    let total = EMPTY;
    const all = train(weight, []);
    for (const article of articles) {
      const model = weight > 0 ? train(weight, [article.id]) : all;
      total = add(
        total,
        withModelFile(model, () => score(article, extractClaims)),
      );
    }
    const claimbusterF1 = withModelFile(
      all,
      () => scoreSentences(heldOut, throughExtractor(ALL_RULES)).f1,
    );
    const recall = ratio(total.recalled, total.goldCheckworthy);
    const precision = ratio(total.precise, total.predictedCheckworthy);
    rows.push(
      [
        String(weight).padStart(6),
        recall.toFixed(3).padStart(7),
        precision.toFixed(3).padStart(9),
        ((2 * recall * precision) / (recall + precision || 1)).toFixed(3).padStart(6),
        `${total.recalled}/${total.goldCheckworthy}`.padStart(8),
        `${total.precise}/${total.predictedCheckworthy}`.padStart(8),
        claimbusterF1.toFixed(3).padStart(14),
        `${((Date.now() - started) / 1000).toFixed(0)} s`.padStart(7),
      ].join(' '),
    );
    console.log(`weight ${weight} done`);
  }
  console.log(
    `\nDev set, each of the ${articles.length} articles scored by a model trained without its gold claims (engine: model + rules):`,
  );
  console.log(
    `${'weight'.padStart(6)} ${'recall'.padStart(7)} ${'precision'.padStart(9)} ${'F1'.padStart(6)} ${'rec n'.padStart(8)} ${'prec n'.padStart(8)} ${'ClaimBuster F1'.padStart(14)} ${'time'.padStart(7)}`,
  );
  for (const row of rows) console.log(row);
}

try {
  main();
} catch (error) {
  if (!(error instanceof Error)) throw error;
  console.error(`bench:checkworthiness-loao: ${error.message}`);
  process.exit(error instanceof MissingDataError ? 2 : 1);
}
