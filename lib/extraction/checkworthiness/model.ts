/**
 * The trained check-worthiness model (model.json, written by `npm run train:checkworthiness`). The weights
 * are decoded on first use and kept for the life of the process.
 */
import modelFile from './model.json';
import { featurize } from './features';
import type { CheckworthinessModelFile } from './model-file';

export interface CheckworthinessModel {
  bits: number;
  bias: number;
  weights: Float32Array;
  platt: { a: number; b: number };
  threshold: number;
}

let loaded: CheckworthinessModel | null = null;

function decodeWeights(base64: string, count: number): Float32Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length !== count * 4)
    throw new Error(`check-worthiness model: expected ${count} weights, found ${bytes.length / 4}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const weights = new Float32Array(count);
  for (let i = 0; i < count; i++) weights[i] = view.getFloat32(i * 4, true);
  return weights;
}

/** The model, decoded once per process. */
export function checkworthinessModel(): CheckworthinessModel {
  if (!loaded) {
    const file = modelFile as CheckworthinessModelFile;
    loaded = {
      bits: file.bits,
      bias: file.bias,
      weights: decodeWeights(file.weights, 2 ** file.bits),
      platt: file.platt,
      threshold: file.threshold,
    };
  }
  return loaded;
}

/** The linear model's raw score (log-odds before calibration). */
export function checkworthinessScore(text: string): number {
  const model = checkworthinessModel();
  const { index, value } = featurize(text, model.bits);
  let score = model.bias;
  for (let k = 0; k < index.length; k++) score += model.weights[index[k]] * value[k];
  return score;
}

/** The model's probability, calibrated for news, that the text is a check-worthy factual claim. */
export function checkworthinessProbability(text: string): number {
  const { platt } = checkworthinessModel();
  return 1 / (1 + Math.exp(-(platt.a * checkworthinessScore(text) + platt.b)));
}
