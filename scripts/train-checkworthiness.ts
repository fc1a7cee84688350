/**
 * `npm run train:checkworthiness [-- --extra export.jsonl ... --extra-weight N --dev-gold --out FILE]`: trains
 * the check-worthiness model on ClaimBuster's training file (read from the shared data folder), optionally the
 * dev set's gold claims, plus any newsroom exports; prints cross-validated and held-out F1 and writes
 * lib/extraction/checkworthiness/model.json.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { MissingDataError } from './lib/extraction-data';
import {
  DEFAULT_DEV_GOLD_WEIGHT,
  loadClaimbuster,
  loadDevGoldExamples,
  loadExtraFile,
  type LabelledText,
} from './lib/checkworthiness/data';
import { unlabelledNewsClaims } from './lib/checkworthiness/news-claims';
import { DEFAULT_TRAIN_OPTIONS, trainCheckworthiness } from './lib/checkworthiness/train';

const USAGE =
  'usage: train:checkworthiness [--extra FILE]... [--extra-weight N>0] [--dev-gold [--dev-gold-weight N>0] [--dev-gold-except ID]...] [--operating-point news|claimbuster] [--out FILE]';

const DEFAULT_OUT = path.resolve(
  __dirname,
  '..',
  'lib',
  'extraction',
  'checkworthiness',
  'model.json',
);

function parseArgs(argv: string[]) {
  const extra: string[] = [];
  let out = DEFAULT_OUT;
  let extraWeight = DEFAULT_TRAIN_OPTIONS.extraWeight;
  let operatingPoint = DEFAULT_TRAIN_OPTIONS.operatingPoint;
  let devGold = false;
  let devGoldWeight = DEFAULT_DEV_GOLD_WEIGHT;
  const devGoldExcept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--extra' && value) extra.push(argv[++i]);
    else if (argv[i] === '--out' && value) out = path.resolve(argv[++i]);
    else if (argv[i] === '--extra-weight' && value && Number(value) > 0) {
      extraWeight = Number(value);
      i++;
    } else if (argv[i] === '--dev-gold') devGold = true;
    else if (argv[i] === '--dev-gold-weight' && value && Number(value) > 0) {
      devGoldWeight = Number(value);
      i++;
    } else if (argv[i] === '--dev-gold-except' && value) devGoldExcept.push(argv[++i]);
    else if (argv[i] === '--operating-point' && (value === 'news' || value === 'claimbuster')) {
      operatingPoint = value;
      i++;
    } else throw new Error(`unknown or incomplete argument ${argv[i]}; ${USAGE}`);
  }
  if (!devGold && devGoldExcept.length)
    throw new Error(`--dev-gold-except needs --dev-gold; ${USAGE}`);
  return { extra, out, extraWeight, operatingPoint, devGold, devGoldWeight, devGoldExcept };
}

function main(): void {
  const started = Date.now();
  const args = parseArgs(process.argv.slice(2));
  const claimbuster = loadClaimbuster();
  const extra: LabelledText[] = [];
  for (const file of args.extra) {
    const { examples, skipped } = loadExtraFile(file);
    extra.push(...examples);
    console.log(
      `${file}: ${examples.length} labelled examples, ${skipped} without a check-worthiness label skipped`,
    );
  }
  const devGold = args.devGold ? loadDevGoldExamples(args.devGoldWeight, args.devGoldExcept) : [];
  const news = unlabelledNewsClaims();
  const { model } = trainCheckworthiness(claimbuster, [...devGold, ...extra], news, {
    ...DEFAULT_TRAIN_OPTIONS,
    extraWeight: args.extraWeight,
    operatingPoint: args.operatingPoint,
    ...(args.devGold && {
      devGold: { examples: devGold.length, weight: args.devGoldWeight, except: args.devGoldExcept },
    }),
    log: (line) => console.log(line),
  });
  writeFileSync(args.out, `${JSON.stringify(model, null, 2)}\n`);
  const m = model.metrics;
  console.log(
    `\n${model.training.folds}-fold cross-validated F1 on the training part (ClaimBuster prior): ${m.cvF1.toFixed(3)} (precision ${m.cvPrecision.toFixed(3)}, recall ${m.cvRecall.toFixed(3)}); re-weighted to the news prior ${model.priors.news}: ${m.cvF1AtNewsPrior.toFixed(3)}`,
  );
  console.log(
    `Held-out ClaimBuster sentences (${model.training.holdout.sentences}, never trained on), whole sentence to the model: F1 ${m.heldOutSentenceF1AtClaimbusterPrior.toFixed(3)} (precision ${m.heldOutSentencePrecisionAtClaimbusterPrior.toFixed(3)}, recall ${m.heldOutSentenceRecallAtClaimbusterPrior.toFixed(3)}) at ClaimBuster's prior; ${m.heldOutSentenceF1AtNewsPrior.toFixed(3)} (precision ${m.heldOutSentencePrecisionAtNewsPrior.toFixed(3)}, recall ${m.heldOutSentenceRecallAtNewsPrior.toFixed(3)}) at the news prior`,
  );
  if (m.cvF1NewsroomExamples !== undefined)
    console.log(
      `Cross-validated F1 on the ${args.devGold ? 'dev-gold and newsroom' : 'newsroom'} examples alone: ${m.cvF1NewsroomExamples.toFixed(3)}`,
    );
  console.log(
    `Operating point ${model.operatingPoint} (threshold ${model.operatingPoints[model.operatingPoint].threshold}); wrote ${path.relative(process.cwd(), args.out)} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

try {
  main();
} catch (error) {
  if (!(error instanceof MissingDataError) && !(error instanceof Error)) throw error;
  console.error(`train:checkworthiness: ${error.message}`);
  process.exit(error instanceof MissingDataError ? 2 : 1);
}
