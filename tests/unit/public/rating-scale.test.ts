import { describe, expect, it } from 'vitest';
import {
  activeRatings,
  claimReviewRating,
  contrastRatio,
  ratingAsPublished,
  ratingTextColour,
} from '@/lib/ratings';
import { ratingEntrySchema } from '@/lib/schemas/rating-scale';
import { SEEDED_SCALE } from '../../support/rating-scale';

describe('rating badges', () => {
  it('keep WCAG AA contrast whatever colour an admin picks', () => {
    // Every 17th step of each channel, the seeded colours, and the hardest middle greys.
    const steps = Array.from({ length: 16 }, (_, i) => (i * 17).toString(16).padStart(2, '0'));
    const colours = [
      ...steps.flatMap((r) => steps.flatMap((g) => ['00', '77', 'ff'].map((b) => `#${r}${g}${b}`))),
      ...SEEDED_SCALE.entries.map((entry) => entry.colour),
      '#767676',
      '#777777',
      '#787878',
    ];
    for (const colour of colours)
      expect(contrastRatio(colour, ratingTextColour(colour))).toBeGreaterThanOrEqual(4.5);
  });

  it('pick white on dark and black on light backgrounds', () => {
    expect(ratingTextColour('#166534')).toBe('#ffffff');
    expect(ratingTextColour('#fde68a')).toBe('#000000');
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
  });
});

describe('the rating scale', () => {
  it('freezes a rating as published, and ClaimReview names ratings off the scale only', () => {
    const mixed = ratingAsPublished(SEEDED_SCALE, 'MIXED');
    expect(claimReviewRating(mixed)).toEqual({
      '@type': 'Rating',
      ratingValue: 3,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'Mixed',
    });
    expect(claimReviewRating(ratingAsPublished(SEEDED_SCALE, 'MISLEADING'))).toEqual({
      '@type': 'Rating',
      alternateName: 'Misleading',
    });
    const tenPoint = { ...SEEDED_SCALE, best: 10, worst: 0 };
    expect(ratingAsPublished(tenPoint, 'MIXED')).toEqual({
      name: 'Mixed',
      value: 3,
      best: 10,
      worst: 0,
    });
  });

  it('offers archived ratings only to the verdict that already has one', () => {
    const scale = {
      ...SEEDED_SCALE,
      entries: SEEDED_SCALE.entries.map((entry) =>
        entry.key === 'UNPROVEN' ? { ...entry, archived: true } : entry,
      ),
    };
    expect(activeRatings(scale).map((entry) => entry.key)).not.toContain('UNPROVEN');
    expect(activeRatings(scale, 'UNPROVEN').map((entry) => entry.key)).toContain('UNPROVEN');
  });

  it('accepts #rrggbb colours and a blank value as none', () => {
    expect(
      ratingEntrySchema.parse({
        name: ' Half true ',
        description: '',
        colour: '#0E7490',
        ratingValue: '',
      }),
    ).toEqual({ name: 'Half true', description: '', colour: '#0e7490', ratingValue: null });
    expect(
      ratingEntrySchema.safeParse({ name: 'X', description: '', colour: 'teal', ratingValue: 3 })
        .success,
    ).toBe(false);
  });
});
