/**
 * The trained check-worthiness model (model.json, written by `npm run train:checkworthiness`). The weights
 * are decoded on first use and kept for the life of the process.
 */
import modelFile from './model.json';
import { addFeatures, type FeatureSink, type IdfTable } from './features';
import { decodeIdf, IDF_SCALE } from './idf';
import type { CheckworthinessModelFile, OperatingPoint, OperatingPointName } from './model-file';

export interface CheckworthinessModel extends OperatingPoint {
  bits: number;
  bias: number;
  weights: Float32Array;
  idf: IdfTable | null;
}

let file = modelFile as CheckworthinessModelFile;
let weights: Float32Array | null = null;
let idf: IdfTable | null | undefined;
let active: OperatingPointName = file.operatingPoint;
let models = new Map<OperatingPointName, CheckworthinessModel>();

function decodeWeights(base64: string, count: number): Float32Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length !== count * 4)
    throw new Error(`check-worthiness model: expected ${count} weights, found ${bytes.length / 4}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const decoded = new Float32Array(count);
  for (let i = 0; i < count; i++) decoded[i] = view.getFloat32(i * 4, true);
  return decoded;
}

/** The model at the operating point in force (the shipped one), decoded once per process. */
export function checkworthinessModel(): CheckworthinessModel {
  let model = models.get(active);
  if (!model) {
    if (file.idf && file.idfScale !== IDF_SCALE)
      throw new Error(`check-worthiness model: idf scale ${file.idfScale}, expected ${IDF_SCALE}`);
    weights ??= decodeWeights(file.weights, 2 ** file.bits);
    if (idf === undefined) idf = file.idf ? decodeIdf(file.idf, 2 ** file.bits) : null;
    model = { bits: file.bits, bias: file.bias, weights, idf, ...file.operatingPoints[active] };
    models.set(active, model);
  }
  return model;
}

/** Runs `work` (synchronously) at another operating point: for the benchmark's comparison. */
export function withOperatingPoint<T>(point: OperatingPointName, work: () => T): T {
  const previous = active;
  active = point;
  try {
    return work();
  } finally {
    active = previous;
  }
}

/** Runs `work` (synchronously) with another trained model file: for the leave-one-article-out benchmark. */
export function withModelFile<T>(other: CheckworthinessModelFile, work: () => T): T {
  const saved = { file, weights, idf, active, models };
  file = other;
  weights = null;
  idf = undefined;
  active = other.operatingPoint;
  models = new Map();
  try {
    return work();
  } finally {
    ({ file, weights, idf, active, models } = saved);
  }
}

/** Adds weight × feature value to `score`; the value rounded to 32 bits as the trainer's vectors hold it. */
class DotProduct implements FeatureSink {
  score = 0;
  weights: Float32Array = new Float32Array(0);
  add(key: number, value: number): void {
    this.score += this.weights[key] * Math.fround(value);
  }
}
const dot = new DotProduct();

/** The linear model's raw score (log-odds before calibration) of a claim taken from `sentence`. */
export function checkworthinessScore(text: string, sentence = text): number {
  const model = checkworthinessModel();
  dot.score = model.bias;
  dot.weights = model.weights;
  addFeatures(text, model.bits, sentence, model.idf, dot);
  return dot.score;
}

/** The model's calibrated probability that the claim (taken from `sentence`) is a check-worthy factual claim. */
export function checkworthinessProbability(text: string, sentence = text): number {
  const { platt } = checkworthinessModel();
  return 1 / (1 + Math.exp(-(platt.a * checkworthinessScore(text, sentence) + platt.b)));
}
