import { z } from 'zod';
import { boundedIsoDate } from './dates';
import { safeText } from './safe-text';

const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);
const isoDate = z.preprocess(
  blankToUndefined,
  boundedIsoDate('Use a date like 2026-01-31.').optional(),
);

/** The dashboard's filters (URL query); dates are whole UTC days, `to` included. */
export const analyticsFiltersSchema = z
  .object({
    from: isoDate,
    to: isoDate,
    outlet: z.preprocess(blankToUndefined, safeText().trim().max(200).optional()),
    assignee: z.preprocess(blankToUndefined, safeText().max(100).optional()),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'The start date must be on or before the end date.',
    path: ['from'],
  });
export type AnalyticsFilters = z.output<typeof analyticsFiltersSchema>;

const DAY = 86_400_000;
export const DEFAULT_RANGE_DAYS = 84;

/** The range as instants: [start, end) with `end` the day after `to`; 12 weeks up to today by default. */
export function analyticsRange(filters: AnalyticsFilters, now = new Date()) {
  const to = filters.to ?? now.toISOString().slice(0, 10);
  const end = new Date(Date.parse(`${to}T00:00:00Z`) + DAY);
  const from =
    filters.from ?? new Date(end.getTime() - DEFAULT_RANGE_DAYS * DAY).toISOString().slice(0, 10);
  return { from, to, start: new Date(`${from}T00:00:00Z`), end };
}
