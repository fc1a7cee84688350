/** The shape of model.json, written by scripts/train-checkworthiness.ts and read by model.ts. */
export interface CheckworthinessModelFile {
  format: 'factdesk-checkworthiness-v1';
  description: string;
  /** Features are hashed into 2^bits dimensions (features.ts). */
  bits: number;
  bias: number;
  /** 2^bits little-endian float32 weights, base64. */
  weights: string;
  /** P(check-worthy) in news = 1 / (1 + exp(-(a * score + b))): Platt scaling moved to the news prior. */
  platt: { a: number; b: number };
  /** checkworthy = probability >= threshold: the best F1 on held-out folds re-weighted to the news prior. */
  threshold: number;
  /** Share of check-worthy claims in the training data and, estimated without labels, in news. */
  priors: { training: number; news: number; newsClaims: number };
  /** Calibration and threshold at ClaimBuster's own prior (for the benchmark's comparison). */
  claimbusterOperatingPoint: { platt: { a: number; b: number }; threshold: number };
  training: {
    lambda: number;
    folds: number;
    seed: number;
    claimbusterSentences: number;
    extraExamples: number;
    extraWeight: number;
    /** ClaimBuster sentences kept out of training, for the benchmark (scripts/lib/checkworthiness/split.ts). */
    holdout: { seed: number; every: number; sentences: number };
  };
  metrics: Record<string, number>;
}
