/** A calibration and threshold: P = 1 / (1 + exp(-(a * score + b))), check-worthy when P >= threshold. */
export interface OperatingPoint {
  platt: { a: number; b: number };
  threshold: number;
}

export type OperatingPointName = 'claimbuster' | 'news';

/** The shape of model.json, written by scripts/train-checkworthiness.ts and read by model.ts. */
export interface CheckworthinessModelFile {
  format: 'factdesk-checkworthiness-v2' | 'factdesk-checkworthiness-v3';
  description: string;
  /** Features are hashed into 2^bits dimensions (features.ts). */
  bits: number;
  bias: number;
  /** 2^bits little-endian float32 weights, base64. */
  weights: string;
  /**
   * v3: 2^bits bytes, base64, each dimension's idf × idfScale (idf.ts; 0 = a feature no training text has).
   * A v2 file has none and is scored on raw counts.
   */
  idf?: string;
  idfScale?: number;
  /** The operating point the engine uses (the other one is kept for the benchmark's comparison). */
  operatingPoint: OperatingPointName;
  /**
   * claimbuster: Platt scaling on the out-of-fold scores, threshold = best out-of-fold F1. news: the same
   * calibration moved to the check-worthy share estimated on unlabelled news, threshold = best out-of-fold
   * F1 with each class re-weighted to that share.
   */
  operatingPoints: Record<OperatingPointName, OperatingPoint>;
  /** Share of check-worthy claims in the training data and, estimated without labels, in news. */
  priors: { training: number; news: number; newsClaims: number };
  training: {
    lambda: number;
    folds: number;
    seed: number;
    claimbusterSentences: number;
    extraExamples: number;
    extraWeight: number;
    /** The shared dev set's gold claims trained on (`--dev-gold`), with their weight and any article left out. */
    devGold?: { examples: number; weight: number; except: string[] };
    /** ClaimBuster sentences kept out of training, for the benchmark (scripts/lib/checkworthiness/split.ts). */
    holdout: { seed: number; every: number; sentences: number };
  };
  metrics: Record<string, number>;
}
