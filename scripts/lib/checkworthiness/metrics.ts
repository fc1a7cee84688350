/** F1 of the positive class, and the threshold that maximises it. */
export interface BinaryCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Counts, each item weighted by `weights[i]` (default 1). */
export function countBinary(
  predicted: boolean[],
  gold: boolean[],
  weights?: number[],
): BinaryCounts {
  const counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  predicted.forEach((p, i) => {
    const w = weights?.[i] ?? 1;
    if (p && gold[i]) counts.truePositives += w;
    else if (p) counts.falsePositives += w;
    else if (gold[i]) counts.falseNegatives += w;
  });
  return counts;
}

export interface BinaryScores {
  precision: number;
  recall: number;
  f1: number;
}

export function binaryScores(c: BinaryCounts): BinaryScores {
  const predicted = c.truePositives + c.falsePositives;
  const actual = c.truePositives + c.falseNegatives;
  const precision = predicted ? c.truePositives / predicted : 0;
  const recall = actual ? c.truePositives / actual : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export const f1At = (
  probabilities: number[],
  gold: boolean[],
  threshold: number,
  weights?: number[],
) =>
  binaryScores(
    countBinary(
      probabilities.map((p) => p >= threshold),
      gold,
      weights,
    ),
  );

/**
 * The threshold (on a 0.005 grid) with the best F1 on held-out probabilities. Neighbouring thresholds
 * often tie; the middle of the widest run of best-scoring thresholds is taken, which is less noisy than its edge.
 */
export function bestThreshold(
  probabilities: number[],
  gold: boolean[],
  weights?: number[],
): number {
  const grid = Array.from({ length: 199 }, (_, i) => Math.round((i + 1) * 5) / 1000);
  const f1s = grid.map((t) => f1At(probabilities, gold, t, weights).f1);
  const best = Math.max(...f1s);
  let run: [number, number] = [0, 0];
  for (let i = 0; i < grid.length; i++) {
    if (f1s[i] < best - 1e-12) continue;
    let j = i;
    while (j + 1 < grid.length && f1s[j + 1] >= best - 1e-12) j++;
    if (j - i > run[1] - run[0] || f1s[run[0]] < best - 1e-12) run = [i, j];
    i = j;
  }
  return grid[Math.floor((run[0] + run[1]) / 2)];
}
