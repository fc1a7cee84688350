/**
 * L2-regularised logistic regression on hashed sparse features, fitted by L-BFGS (deterministic: no
 * sampling, fixed order of summation), plus Platt scaling of its scores.
 */
import type { SparseVector } from '../../../lib/extraction/checkworthiness/features';

export interface Example {
  x: SparseVector;
  label: 0 | 1;
  weight: number;
}

export interface LinearModel {
  weights: Float64Array;
  bias: number;
}

export interface FitOptions {
  dims: number;
  lambda: number;
  maxIterations?: number;
  history?: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
/** log(1 + e^z) without overflow. */
const softplus = (z: number) => (z > 30 ? z : z < -30 ? Math.exp(z) : Math.log1p(Math.exp(z)));

export function score(model: LinearModel, x: SparseVector): number {
  let s = model.bias;
  for (let k = 0; k < x.index.length; k++) s += model.weights[x.index[k]] * x.value[k];
  return s;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Weighted mean log loss + lambda/2 ||w||^2 (bias unregularised) and its gradient; theta = [w..., bias]. */
function objective(
  examples: Example[],
  theta: Float64Array,
  dims: number,
  lambda: number,
  gradient: Float64Array,
): number {
  gradient.fill(0);
  let totalWeight = 0;
  let loss = 0;
  for (const e of examples) totalWeight += e.weight;
  for (const e of examples) {
    let s = theta[dims];
    const { index, value } = e.x;
    for (let k = 0; k < index.length; k++) s += theta[index[k]] * value[k];
    const sign = e.label === 1 ? 1 : -1;
    loss += e.weight * softplus(-sign * s);
    const g = (e.weight * (sigmoid(s) - e.label)) / totalWeight;
    for (let k = 0; k < index.length; k++) gradient[index[k]] += g * value[k];
    gradient[dims] += g;
  }
  let penalty = 0;
  for (let i = 0; i < dims; i++) {
    penalty += theta[i] * theta[i];
    gradient[i] += lambda * theta[i];
  }
  return loss / totalWeight + (lambda / 2) * penalty;
}

/**
 * Fits the model by L-BFGS with a backtracking (Armijo) line search, over the dimensions the examples use
 * (the others stay 0 under L2), which makes each step several times cheaper than over all 2^bits.
 */
export function fitLogistic(examples: Example[], options: FitOptions): LinearModel {
  const slot = new Int32Array(options.dims).fill(-1);
  const used: number[] = [];
  for (const e of examples)
    for (const i of e.x.index)
      if (slot[i] < 0) {
        slot[i] = used.length;
        used.push(i);
      }
  const compact = examples.map((e) => ({
    ...e,
    x: { index: e.x.index.map((i) => slot[i]), value: e.x.value },
  }));
  const fitted = fitDense(compact, { ...options, dims: used.length });
  const weights = new Float64Array(options.dims);
  used.forEach((i, k) => (weights[i] = fitted.weights[k]));
  return { weights, bias: fitted.bias };
}

function fitDense(examples: Example[], options: FitOptions): LinearModel {
  const { dims, lambda, maxIterations = 200, history = 8 } = options;
  const n = dims + 1;
  let theta = new Float64Array(n);
  let gradient = new Float64Array(n);
  let value = objective(examples, theta, dims, lambda, gradient);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const rhos: number[] = [];
  const direction = new Float64Array(n);
  const alphas = new Array<number>(history);
  const nextTheta = new Float64Array(n);
  const nextGradient = new Float64Array(n);

  for (let iteration = 0; iteration < maxIterations; iteration++) {
    // Two-loop recursion: direction = -H * gradient.
    for (let i = 0; i < n; i++) direction[i] = -gradient[i];
    for (let j = steps.length - 1; j >= 0; j--) {
      alphas[j] = rhos[j] * dot(steps[j], direction);
      const y = changes[j];
      for (let i = 0; i < n; i++) direction[i] -= alphas[j] * y[i];
    }
    if (steps.length) {
      const last = steps.length - 1;
      const gamma = dot(steps[last], changes[last]) / dot(changes[last], changes[last]);
      for (let i = 0; i < n; i++) direction[i] *= gamma;
    }
    for (let j = 0; j < steps.length; j++) {
      const beta = rhos[j] * dot(changes[j], direction);
      const s = steps[j];
      for (let i = 0; i < n; i++) direction[i] += (alphas[j] - beta) * s[i];
    }
    let slope = dot(direction, gradient);
    if (slope >= 0) {
      for (let i = 0; i < n; i++) direction[i] = -gradient[i];
      slope = dot(direction, gradient);
      steps.length = changes.length = rhos.length = 0;
    }
    let step = iteration === 0 && !steps.length ? 1 / Math.sqrt(-slope) : 1;
    let nextValue = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) nextTheta[i] = theta[i] + step * direction[i];
      nextValue = objective(examples, nextTheta, dims, lambda, nextGradient);
      if (nextValue <= value + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextValue < value)) break;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = nextTheta[i] - theta[i];
      y[i] = nextGradient[i] - gradient[i];
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      if (steps.length === history) {
        steps.shift();
        changes.shift();
        rhos.shift();
      }
      steps.push(s);
      changes.push(y);
      rhos.push(1 / sy);
    }
    const improvement = (value - nextValue) / Math.max(1, Math.abs(value));
    [theta, gradient] = [Float64Array.from(nextTheta), Float64Array.from(nextGradient)];
    value = nextValue;
    if (improvement < 1e-9 || Math.sqrt(dot(gradient, gradient)) < 1e-7) break;
  }
  return { weights: theta.subarray(0, dims), bias: theta[dims] };
}

export interface Platt {
  a: number;
  b: number;
}

/** Platt scaling: P(check-worthy) = sigmoid(a * score + b), fitted by Newton's method on held-out scores. */
export function fitPlatt(scores: number[], labels: (0 | 1)[]): Platt {
  const positives = labels.filter((l) => l === 1).length;
  const negatives = labels.length - positives;
  // Platt's smoothed targets keep the fit finite on separable data.
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  let a = 1;
  let b = 0;
  for (let iteration = 0; iteration < 100; iteration++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-12;
    let hab = 0;
    let hbb = 1e-12;
    for (let i = 0; i < scores.length; i++) {
      const p = sigmoid(a * scores[i] + b);
      const d = p - (labels[i] === 1 ? hi : lo);
      const w = p * (1 - p);
      ga += d * scores[i];
      gb += d;
      haa += w * scores[i] * scores[i];
      hab += w * scores[i];
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) break;
  }
  return { a, b };
}

export const calibrated = (platt: Platt, s: number) => sigmoid(platt.a * s + platt.b);

const logit = (p: number) => {
  const q = Math.min(1 - 1e-12, Math.max(1e-12, p));
  return Math.log(q / (1 - q));
};

/**
 * The share of positives in unlabelled data whose probabilities were calibrated at `trainingPrior`, by the
 * EM procedure of Saerens, Latinne & Decaestecker (2002): re-weight each probability to the current prior
 * estimate, average, repeat.
 */
export function estimatePrior(probabilities: number[], trainingPrior: number): number {
  let prior = probabilities.reduce((a, b) => a + b, 0) / probabilities.length;
  for (let iteration = 0; iteration < 500; iteration++) {
    const shift = logit(prior) - logit(trainingPrior);
    const next =
      probabilities.reduce((sum, p) => sum + sigmoid(logit(p) + shift), 0) / probabilities.length;
    if (Math.abs(next - prior) < 1e-7) return next;
    prior = next;
  }
  return prior;
}

/** Moves a calibration from one class prior to another (the logit shifts by the change in prior log-odds). */
export function shiftPrior(platt: Platt, from: number, to: number): Platt {
  return { a: platt.a, b: platt.b + logit(to) - logit(from) };
}
