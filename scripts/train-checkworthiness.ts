/**
 * `npm run train:checkworthiness [-- --extra export.jsonl ... --extra-weight N --out FILE]`: trains the
 * check-worthiness model on ClaimBuster's training file (read from the shared data folder) plus any newsroom
 * exports, prints cross-validated and held-out F1 and writes lib/extraction/checkworthiness/model.json.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { MissingDataError } from './lib/extraction-data';
import { extractClaims } from '../lib/extraction';
import {
  loadClaimbuster,
  loadExtraFile,
  loadPolnearTrainTexts,
  type LabelledText,
} from './lib/checkworthiness/data';
import {
  DEFAULT_TRAIN_OPTIONS,
  trainCheckworthiness,
  type UnlabelledClaim,
} from './lib/checkworthiness/train';

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
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--extra' && value) extra.push(argv[++i]);
    else if (argv[i] === '--out' && value) out = path.resolve(argv[++i]);
    else if (argv[i] === '--extra-weight' && value && Number(value) > 0) {
      extraWeight = Number(value);
      i++;
    } else if (argv[i] === '--operating-point' && (value === 'news' || value === 'claimbuster')) {
      operatingPoint = value;
      i++;
    } else
      throw new Error(
        `unknown or incomplete argument ${argv[i]}; usage: train:checkworthiness [--extra FILE]... [--extra-weight N>0] [--operating-point news|claimbuster] [--out FILE]`,
      );
  }
  return { extra, out, extraWeight, operatingPoint };
}

/** Claim texts the extractor finds in PolNeAR's training articles: unlabelled news for the prior. */
function unlabelledNewsClaims(): UnlabelledClaim[] {
  const claims: UnlabelledClaim[] = [];
  let failed = 0;
  const articles = loadPolnearTrainTexts();
  for (const text of articles) {
    try {
      claims.push(
        ...extractClaims(text).map((c) => ({
          text: c.text,
          sentence: text.slice(c.sentence.start, c.sentence.end),
        })),
      );
    } catch {
      failed++;
    }
  }
  console.log(
    `Unlabelled news: ${claims.length} claims from ${articles.length - failed} PolNeAR training articles${failed ? ` (${failed} the extractor failed on, skipped)` : ''}.`,
  );
  return claims;
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
  const news = unlabelledNewsClaims();
  const { model } = trainCheckworthiness(claimbuster, extra, news, {
    ...DEFAULT_TRAIN_OPTIONS,
    extraWeight: args.extraWeight,
    operatingPoint: args.operatingPoint,
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
      `Cross-validated F1 on the newsroom examples alone: ${m.cvF1NewsroomExamples.toFixed(3)}`,
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
