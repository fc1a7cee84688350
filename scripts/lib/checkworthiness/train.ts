/**
 * Trains the check-worthiness model: logistic regression on hashed n-gram features (features.ts),
 * regularisation and Platt calibration chosen on k stratified folds, threshold = best F1 on those folds.
 * Deterministic for given data and seed.
 */
import { featurize, type SparseVector } from '../../../lib/extraction/checkworthiness/features';
import { encodeIdf, IDF_SCALE, idfFromCounts } from '../../../lib/extraction/checkworthiness/idf';
import type {
  CheckworthinessModelFile,
  OperatingPointName,
} from '../../../lib/extraction/checkworthiness/model-file';
import type { ClaimbusterSentence, LabelledText } from './data';
import {
  calibrated,
  estimatePrior,
  fitLogistic,
  fitPlatt,
  score,
  shiftPrior,
  type Example,
  type LinearModel,
} from './logistic';
import { bestThreshold, f1At } from './metrics';
import { claimbusterHoldout, stratifiedFolds, type HoldoutSplit } from './split';

export interface TrainOptions {
  bits: number;
  lambdas: number[];
  folds: number;
  seed: number;
  holdout: HoldoutSplit;
  extraWeight: number;
  /** The operating point the engine will use (both are written). */
  operatingPoint: OperatingPointName;
  /** Recorded in the model file when `extra` holds the dev set's gold claims. */
  devGold?: { examples: number; weight: number; except: string[] };
  maxIterations?: number;
  log?: (line: string) => void;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  bits: 18,
  lambdas: [3e-5, 6e-5, 1e-4],
  folds: 5,
  seed: 20261130,
  holdout: { seed: 9, every: 5 },
  extraWeight: 1,
  operatingPoint: 'news',
  maxIterations: 120,
};

interface Row {
  x: SparseVector;
  label: 0 | 1;
  weight: number;
  key: string;
  extra: boolean;
}

/** A claim the extractor found in news, with its sentence, without a label. */
export interface UnlabelledClaim {
  text: string;
  sentence: string;
}

export interface TrainResult {
  model: CheckworthinessModelFile;
  /** Applies the trained model to a text (the same computation as the runtime scorer). */
  probability: (text: string) => number;
}

function encodeWeights(weights: Float64Array): string {
  const bytes = new DataView(new ArrayBuffer(weights.length * 4));
  weights.forEach((w, i) => bytes.setFloat32(i * 4, w, true));
  return Buffer.from(bytes.buffer).toString('base64');
}

/** Scores every row with a model trained on the other folds. */
function outOfFold(
  rows: Row[],
  folds: Map<Row, number>,
  k: number,
  fit: (ex: Example[]) => LinearModel,
) {
  const scores = new Array<number>(rows.length);
  for (let fold = 0; fold < k; fold++) {
    const model = fit(rows.filter((r) => folds.get(r) !== fold));
    rows.forEach((r, i) => {
      if (folds.get(r) === fold) scores[i] = score(model, r.x);
    });
  }
  return scores;
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * `unlabelledNews`: claim texts from news articles (no labels), used only to estimate the share of
 * check-worthy claims in news; empty keeps ClaimBuster's prior.
 */
export function trainCheckworthiness(
  claimbuster: ClaimbusterSentence[],
  extra: LabelledText[],
  unlabelledNews: UnlabelledClaim[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): TrainResult {
  const log = options.log ?? (() => {});
  const { train, heldOut } = claimbusterHoldout(claimbuster, options.holdout);
  const texts = [
    ...train.map((s) => ({ text: s.text, sentence: s.text })),
    ...extra.map((e) => ({ text: e.text, sentence: e.sentence ?? e.text })),
  ];
  const dims = 1 << options.bits;
  // Document frequencies over all training texts (no labels), as a TF-IDF vectoriser fitted on them would.
  const idf = idfFromCounts(
    texts.map((t) => featurize(t.text, options.bits, t.sentence)),
    dims,
  );
  const rows: Row[] = [
    ...train.map((s) => ({
      x: featurize(s.text, options.bits, s.text, idf),
      label: s.label,
      weight: 1,
      key: `cb:${s.sentence_id}`,
      extra: false,
    })),
    ...extra.map((e, i) => ({
      x: featurize(e.text, options.bits, e.sentence ?? e.text, idf),
      label: e.label,
      weight: e.weight ?? options.extraWeight,
      key: `extra:${String(i).padStart(8, '0')}`,
      extra: true,
    })),
  ];
  if (!rows.some((r) => r.label === 1) || !rows.some((r) => r.label === 0))
    throw new Error('training data needs both check-worthy and not check-worthy examples');
  const gold = rows.map((r) => r.label === 1);
  const labels = rows.map((r) => r.label);
  const folds = stratifiedFolds(
    rows,
    options.folds,
    options.seed,
    (r) => r.key,
    (r) => r.label,
  );
  log(
    `Training on ${train.length} ClaimBuster sentences + ${extra.length - (options.devGold?.examples ?? 0)} newsroom examples (weight ${options.extraWeight})${options.devGold ? ` + ${options.devGold.examples} dev-set gold claims (weight ${options.devGold.weight})` : ''}; ${heldOut.length} ClaimBuster sentences held out (one in ${options.holdout.every}, seed ${options.holdout.seed}).`,
  );

  let best: { lambda: number; f1: number; scores: number[] } | null = null;
  for (const lambda of options.lambdas) {
    const fit = (examples: Example[]) =>
      fitLogistic(examples, {
        dims,
        lambda,
        maxIterations: options.maxIterations,
      });
    const scores = outOfFold(rows, folds, options.folds, fit);
    const platt = fitPlatt(scores, labels);
    const probabilities = scores.map((s) => calibrated(platt, s));
    const f1 = f1At(probabilities, gold, bestThreshold(probabilities, gold)).f1;
    log(`  lambda ${lambda}: ${options.folds}-fold F1 ${f1.toFixed(3)} (best threshold)`);
    if (!best || f1 > best.f1) best = { lambda, f1, scores };
  }
  const { lambda, scores } = best!;
  const platt = fitPlatt(scores, labels);
  const oof = scores.map((s) => calibrated(platt, s));
  const claimbusterThreshold = bestThreshold(oof, gold);
  const cv = f1At(oof, gold, claimbusterThreshold);

  const final = fitLogistic(rows, {
    dims,
    lambda,
    maxIterations: options.maxIterations,
  });
  // The shipped weights are float32; score with exactly those.
  const weights = Float64Array.from(new Float32Array(final.weights));
  const shipped: LinearModel = { weights, bias: final.bias };
  const scoreText = (text: string, sentence = text) =>
    score(shipped, featurize(text, options.bits, sentence, idf));

  // ClaimBuster calls a quarter of debate sentences check-worthy; news claims are mostly factual. The
  // calibration is moved to the prior estimated on unlabelled news claims, and the threshold is the best F1
  // on the held-out folds with each class re-weighted to that prior.
  const totalWeight = rows.reduce((n, r) => n + r.weight, 0);
  const trainingPrior = rows.reduce((n, r) => n + r.weight * r.label, 0) / totalWeight;
  const newsPrior = unlabelledNews.length
    ? estimatePrior(
        unlabelledNews.map((c) => calibrated(platt, scoreText(c.text, c.sentence))),
        trainingPrior,
      )
    : trainingPrior;
  const newsPlatt = shiftPrior(platt, trainingPrior, newsPrior);
  const oofNews = scores.map((s) => calibrated(newsPlatt, s));
  const priorWeights = rows.map((r) =>
    r.label === 1 ? newsPrior / trainingPrior : (1 - newsPrior) / (1 - trainingPrior),
  );
  const threshold = bestThreshold(oofNews, gold, priorWeights);
  const cvNews = f1At(oofNews, gold, threshold, priorWeights);

  const operatingPoints = {
    claimbuster: { platt, threshold: claimbusterThreshold },
    news: { platt: newsPlatt, threshold },
  };
  const shippedPlatt = operatingPoints[options.operatingPoint].platt;
  const probability = (text: string) => calibrated(shippedPlatt, scoreText(text));
  const heldOutGold = heldOut.map((s) => s.label === 1);
  const heldOutScores = heldOut.map((s) => scoreText(s.text));
  const heldOutNews = f1At(
    heldOutScores.map((s) => calibrated(newsPlatt, s)),
    heldOutGold,
    threshold,
  );
  const heldOutClaimbuster = f1At(
    heldOutScores.map((s) => calibrated(platt, s)),
    heldOutGold,
    claimbusterThreshold,
  );

  const metrics: Record<string, number> = {
    cvF1: round(cv.f1),
    cvPrecision: round(cv.precision),
    cvRecall: round(cv.recall),
    cvF1AtNewsPrior: round(cvNews.f1),
    heldOutSentenceF1AtClaimbusterPrior: round(heldOutClaimbuster.f1),
    heldOutSentencePrecisionAtClaimbusterPrior: round(heldOutClaimbuster.precision),
    heldOutSentenceRecallAtClaimbusterPrior: round(heldOutClaimbuster.recall),
    heldOutSentenceF1AtNewsPrior: round(heldOutNews.f1),
    heldOutSentencePrecisionAtNewsPrior: round(heldOutNews.precision),
    heldOutSentenceRecallAtNewsPrior: round(heldOutNews.recall),
  };
  const extraRows = rows.map((r, i) => i).filter((i) => rows[i].extra);
  if (extraRows.length) {
    const shipped = operatingPoints[options.operatingPoint];
    const extraCv = f1At(
      extraRows.map((i) => calibrated(shipped.platt, scores[i])),
      extraRows.map((i) => gold[i]),
      shipped.threshold,
    );
    metrics.cvF1NewsroomExamples = round(extraCv.f1);
  }
  log(
    `Chosen lambda ${lambda}; Platt a=${platt.a.toFixed(3)} b=${platt.b.toFixed(3)}; training prior ${trainingPrior.toFixed(3)}, news prior ${newsPrior.toFixed(3)} (EM on ${unlabelledNews.length} unlabelled news claims); threshold ${threshold} (ClaimBuster prior: ${claimbusterThreshold}).`,
  );
  return {
    probability,
    model: {
      format: 'factdesk-checkworthiness-v3',
      description:
        'Logistic regression on TF-IDF weighted hashed word 1-2-grams, character 3-5-grams and shape features of the claim and word 1-2-grams of its sentence; trained by scripts/train-checkworthiness.ts on ClaimBuster (Arslan et al., ICWSM 2020) and any newsroom exports.',
      bits: options.bits,
      bias: final.bias,
      weights: encodeWeights(final.weights),
      idf: encodeIdf(idf),
      idfScale: IDF_SCALE,
      operatingPoint: options.operatingPoint,
      operatingPoints,
      priors: {
        training: round(trainingPrior),
        news: round(newsPrior),
        newsClaims: unlabelledNews.length,
      },
      training: {
        lambda,
        folds: options.folds,
        seed: options.seed,
        claimbusterSentences: train.length,
        extraExamples: extra.length - (options.devGold?.examples ?? 0),
        extraWeight: options.extraWeight,
        ...(options.devGold && { devGold: options.devGold }),
        holdout: { ...options.holdout, sentences: heldOut.length },
      },
      metrics,
    },
  };
}
