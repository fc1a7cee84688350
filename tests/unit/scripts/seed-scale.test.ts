import { describe, expect, it } from 'vitest';
import {
  parseScaleArgs,
  planScale,
  stateBounds,
  UNPUBLISHED_STATE_WEIGHTS,
} from '@/scripts/db/seed-scale-options';
import { claimPlanStep, setupSteps } from '@/scripts/db/seed-scale-sql';
import { claimBatchStep } from '@/scripts/db/seed-scale-verdicts';

const today = new Date('2026-11-30T15:04:05Z');

describe('scale seed options', () => {
  it('reads the documented flags, with defaults and a day anchor', () => {
    const options = parseScaleArgs(['--claims', '1000000', '--published-share=0.1'], today);
    expect(options).toEqual({
      claims: 1_000_000,
      publishedShare: 0.1,
      seed: 42,
      append: false,
      anchor: new Date('2026-11-30T00:00:00Z'),
    });
    expect(
      parseScaleArgs(['--claims=5', '--seed', '7', '--append', '--anchor', '2025-01-02']),
    ).toMatchObject({
      seed: 7,
      append: true,
      anchor: new Date('2025-01-02T00:00:00Z'),
    });
  });

  it('refuses a missing count, bad numbers and unknown flags', () => {
    expect(() => parseScaleArgs([])).toThrow(/--claims/);
    expect(() => parseScaleArgs(['--claims', '1.5'])).toThrow(/whole number/);
    expect(() => parseScaleArgs(['--claims', '10', '--published-share', '2'])).toThrow(
      /between 0 and 1/,
    );
    expect(() => parseScaleArgs(['--claims', '10', '--seed', 'x'])).toThrow(/needs a number/);
    expect(() => parseScaleArgs(['--claims', '10', '--drop'])).toThrow(/Unknown option/);
  });

  it('plans one article per 50 claims, ten of them with 1,000 claims at a million', () => {
    expect(planScale(1_000_000)).toEqual({
      articles: 20_000,
      bigArticles: 10,
      bigArticleClaims: 10_000,
    });
    expect(planScale(2_000)).toEqual({ articles: 40, bigArticles: 0, bigArticleClaims: 0 });
    expect(planScale(1)).toEqual({ articles: 1, bigArticles: 0, bigArticleClaims: 0 });
  });

  it('gives published claims their share and every other state a slice of the rest', () => {
    const bounds = stateBounds(0.05);
    expect(bounds[0]).toEqual({ state: 'PUBLISHED', upTo: 0.05 });
    expect(bounds.map((b) => b.state)).toEqual([
      'PUBLISHED',
      ...UNPUBLISHED_STATE_WEIGHTS.map(([state]) => state),
    ]);
    expect(bounds.at(-1)!.upTo).toBe(1);
    for (let k = 1; k < bounds.length; k++)
      expect(bounds[k].upTo).toBeGreaterThan(bounds[k - 1].upTo);
  });
});

describe('scale seed statements', () => {
  const options = parseScaleArgs(['--claims', '2000', '--seed', '9'], today);

  it('puts the seed into the pseudo-random function and numbers claims after earlier runs', () => {
    expect(setupSteps(options)[0].sql).toContain('hashint8extended(k * 1021 + tag, 9)');
    const plan = claimPlanStep(options, { claimOffset: 500, articleOffset: 10 }).sql;
    expect(plan).toContain('generate_series(500::bigint, 2499::bigint)');
    expect(plan).toContain('10 + CASE');
  });

  it('inserts one batch of claims by row-number range', () => {
    expect(claimBatchStep(0, 200_000, options.anchor).sql).toContain(
      'WHERE c.i >= 0 AND c.i < 200000',
    );
  });
});
