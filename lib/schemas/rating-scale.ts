import { z } from 'zod';
import { HEX_COLOUR } from '@/lib/ratings';
import { safeText } from './safe-text';

/** A rating key: what verdicts, filters, the API and exports name a rating by. */
export const RATING_KEY = /^[A-Z][A-Z0-9_]{0,39}$/;
export const ratingKey = z.string().regex(RATING_KEY, 'Not a rating of the scale.');

const blankToNull = (value: unknown) =>
  value === '' || value === null || value === undefined || Number.isNaN(value)
    ? null
    : Number(value);

/**
 * One entry of the rating scale: the one schema for the admin's add and edit forms and the
 * server. Badge text is black or white, whichever contrasts more, so any colour stays WCAG AA.
 */
export const ratingEntrySchema = z.object({
  name: safeText()
    .trim()
    .min(1, 'Name the rating.')
    .max(40, 'Keep the name under 40 characters.')
    .regex(/[A-Za-z0-9]/, 'Use at least one letter or digit.'),
  description: safeText().trim().max(300, 'Keep the description under 300 characters.'),
  colour: z
    .string()
    .trim()
    .regex(HEX_COLOUR, 'Give the colour as #rrggbb.')
    .transform((value) => value.toLowerCase()),
  // The ClaimReview ratingValue; blank for a rating off the scale. Checked against the scale's bounds on save.
  ratingValue: z.preprocess(
    blankToNull,
    z.number().int('Use a whole number.').min(0).max(100).nullable(),
  ),
});
export type RatingEntryInput = z.input<typeof ratingEntrySchema>;

/** Moving an entry one place up or down the scale's order. */
export const ratingMoveSchema = z.object({ direction: z.enum(['up', 'down']) });

/** Archiving (no longer offered; verdicts keep it) or restoring an entry. */
export const ratingArchiveSchema = z.object({ archived: z.boolean() });

/** The declared ClaimReview scale (schema.org bestRating and worstRating). */
export const ratingBoundsSchema = z
  .object({
    best: z.number({ message: 'Enter a number.' }).int('Use a whole number.').min(0).max(100),
    worst: z.number({ message: 'Enter a number.' }).int('Use a whole number.').min(0).max(100),
  })
  .refine((bounds) => bounds.best !== bounds.worst, {
    message: 'The best and worst values must differ.',
    path: ['best'],
  });
export type RatingBounds = z.output<typeof ratingBoundsSchema>;
