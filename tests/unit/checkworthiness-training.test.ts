import { describe, expect, it } from 'vitest';
import { featurize } from '@/lib/extraction/checkworthiness/features';
import { decodeIdf, encodeIdf, idfFromCounts } from '@/lib/extraction/checkworthiness/idf';
import { fitPlatt } from '@/scripts/lib/checkworthiness/logistic';
import { bestThreshold, f1At } from '@/scripts/lib/checkworthiness/metrics';
import { claimbusterHoldout, stratifiedFolds } from '@/scripts/lib/checkworthiness/split';
import { trainCheckworthiness } from '@/scripts/lib/checkworthiness/train';

const SENTENCES = [
  'Exports fell 12 percent in May.',
  'The agency hired 40 inspectors last year.',
  'Police arrested two men on Friday.',
  'The plant closed in 2019 after 300 layoffs.',
  'Rents rose 9 percent in the capital.',
  'The court fined the bank $3 million.',
  'We must all pull together now.',
  'I believe in this great country.',
  'Thank you all for coming tonight.',
  'That is simply not who we are.',
  'Let me be very clear about that.',
  'Our future is bright and full of hope.',
].map((text, i) => ({ sentence_id: 100 + i, label: (i < 6 ? 1 : 0) as 0 | 1, text }));

const OPTIONS = {
  bits: 10,
  lambdas: [1e-2, 1e-3],
  folds: 2,
  seed: 1,
  holdout: { seed: 2, every: 4 },
  extraWeight: 1,
  operatingPoint: 'news' as const,
  maxIterations: 40,
};

describe('check-worthiness trainer', () => {
  it('is deterministic: the same data and seed give the same weights file', () => {
    const a = trainCheckworthiness(SENTENCES, [], [], OPTIONS).model;
    const b = trainCheckworthiness(SENTENCES, [], [], OPTIONS).model;
    expect(a).toEqual(b);
    expect(a.training.holdout.sentences).toBe(4);
    for (const point of Object.values(a.operatingPoints)) {
      expect(point.threshold).toBeGreaterThan(0);
      expect(point.threshold).toBeLessThan(1);
    }
  });

  it('weights n-grams by idf: rarer ones weigh more, unseen ones are dropped, the file keeps the values', () => {
    const bits = 12;
    const idf = idfFromCounts(
      SENTENCES.map((s) => featurize(s.text, bits)),
      1 << bits,
    );
    expect(decodeIdf(encodeIdf(idf), 1 << bits)).toEqual(idf);
    const seen = featurize('Exports fell 12 percent in May.', bits, undefined, idf);
    expect(seen.index.length).toBe(featurize('Exports fell 12 percent in May.', bits).index.length);
    const raw = featurize('Zyxwv qqqq', bits);
    const weighted = featurize('Zyxwv qqqq', bits, undefined, idf);
    // Only shape features (never idf-weighted) and hash collisions survive for unseen words.
    expect(weighted.index.length).toBeLessThan(raw.index.length);
    expect(() => decodeIdf(encodeIdf(idf), 1 << (bits + 1))).toThrow(/idf values/);
  });

  it('holds out a stratified share that the training part never includes', () => {
    const { train, heldOut } = claimbusterHoldout(SENTENCES, { seed: 2, every: 4 });
    expect(heldOut.filter((s) => s.label === 1)).toHaveLength(2);
    expect(heldOut.filter((s) => s.label === 0)).toHaveLength(2);
    expect(train.some((s) => heldOut.includes(s))).toBe(false);
    expect(train.length + heldOut.length).toBe(SENTENCES.length);
  });

  it('deals folds by class, independent of input order', () => {
    const key = (s: (typeof SENTENCES)[number]) => s.sentence_id;
    const label = (s: (typeof SENTENCES)[number]) => s.label;
    const forward = stratifiedFolds(SENTENCES, 3, 5, key, label);
    const backward = stratifiedFolds([...SENTENCES].reverse(), 3, 5, key, label);
    for (const s of SENTENCES) expect(backward.get(s)).toBe(forward.get(s));
  });

  it('calibrates scores with Platt scaling and picks the F1-best threshold', () => {
    const scores = [-3, -2, -1.5, -1, 0.5, 1, 2, 3];
    const labels = [0, 0, 0, 1, 0, 1, 1, 1] as (0 | 1)[];
    const { a } = fitPlatt(scores, labels);
    expect(a).toBeGreaterThan(0);
    const probabilities = [0.1, 0.2, 0.3, 0.45, 0.5, 0.7, 0.8, 0.9];
    const gold = labels.map((l) => l === 1);
    const threshold = bestThreshold(probabilities, gold);
    expect(threshold).toBeGreaterThan(0.3);
    expect(threshold).toBeLessThanOrEqual(0.45);
    expect(f1At(probabilities, gold, threshold).f1).toBeCloseTo(8 / 9, 5);
  });
});
