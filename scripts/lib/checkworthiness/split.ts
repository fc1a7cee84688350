/** Seeded, stratified splits: the ClaimBuster hold-out the shipped model never sees, and k folds. */

/** mulberry32: a small deterministic PRNG. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Assigns each item a fold 0..k-1, stratified by label: items of each class are sorted by key,
 * shuffled with the seed and dealt round-robin, so the result depends only on (keys, labels, seed).
 */
export function stratifiedFolds<T>(
  items: T[],
  k: number,
  seed: number,
  key: (item: T) => string | number,
  label: (item: T) => 0 | 1,
): Map<T, number> {
  const random = seededRandom(seed);
  const folds = new Map<T, number>();
  for (const cls of [0, 1] as const) {
    const members = items
      .filter((item) => label(item) === cls)
      .sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
    shuffled(members, random).forEach((item, i) => folds.set(item, i % k));
  }
  return folds;
}

export interface HoldoutSplit {
  seed: number;
  /** One item in `every` is held out (stratified by label). */
  every: number;
}

/** Splits ClaimBuster sentences into the training part and the hold-out part the shipped model never sees. */
export function claimbusterHoldout<T extends { sentence_id: number; label: 0 | 1 }>(
  sentences: T[],
  split: HoldoutSplit,
): { train: T[]; heldOut: T[] } {
  const folds = stratifiedFolds(
    sentences,
    split.every,
    split.seed,
    (s) => s.sentence_id,
    (s) => s.label,
  );
  return {
    train: sentences.filter((s) => folds.get(s) !== 0),
    heldOut: sentences.filter((s) => folds.get(s) === 0),
  };
}
