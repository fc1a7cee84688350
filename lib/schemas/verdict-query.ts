import { z } from 'zod';
import { decodeCursor, INVALID_CURSOR } from '@/lib/data/public/cursor';
import { ratingKey } from './rating-scale';
import { boundedIsoDate } from '@/lib/schemas/dates';
import { safeText } from './safe-text';

export const PUBLIC_PAGE_SIZE = 20;
/** Page numbers skip rows with OFFSET, cheap only near the top; past this, follow the cursors. */
export const MAX_NUMBERED_PAGE = 10;

/** `?page=`: 1 to MAX_NUMBERED_PAGE (1 when absent); later pages by cursor. */
export const numberedPageParam = z.coerce
  .number()
  .int('page must be a whole number.')
  .min(1)
  .max(
    MAX_NUMBERED_PAGE,
    `page goes up to ${MAX_NUMBERED_PAGE}; for older items follow the next cursor.`,
  )
  .default(1);

/** `?cursor=` of the public lists: a `next`/`prev` the site gave out (lib/data/public/cursor.ts). */
export const publicCursorParam = safeText()
  .max(200, INVALID_CURSOR)
  .optional()
  .refine((value) => !value || decodeCursor(value) !== null, INVALID_CURSOR);

const optionalText = (max: number) =>
  safeText()
    .trim()
    .max(max, `At most ${max} characters.`)
    .optional()
    .transform((value) => (value ? value : undefined));

const optionalDate = safeText()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined))
  .pipe(boundedIsoDate('Use a date like 2026-01-31.').optional());

/** The filters shared by the search page, the feeds and GET /api/v1/verdicts. */
export const verdictQuerySchema = z
  .object({
    page: numberedPageParam,
    cursor: publicCursorParam,
    q: optionalText(200),
    rating: ratingKey.optional(),
    speaker: optionalText(120),
    from: optionalDate,
    to: optionalDate,
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: 'from must not be after to.',
    path: ['from'],
  });

export type VerdictQuery = z.infer<typeof verdictQuerySchema>;

type PageParams = Record<string, string | string[] | undefined>;

const firstValues = (params: PageParams) =>
  Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );

/** For pages: what lenientVerdictQuery dropped, one message per parameter, so the page can say so. */
export function ignoredVerdictParams(params: PageParams): { param: string; message: string }[] {
  const strict = verdictQuerySchema.safeParse(firstValues(params));
  if (strict.success) return [];
  const messages = new Map<string, string>();
  for (const issue of strict.error.issues)
    if (!messages.has(String(issue.path[0] ?? 'query')))
      messages.set(String(issue.path[0] ?? 'query'), issue.message);
  return [...messages].map(([param, message]) => ({ param, message }));
}

/** For pages: a bad parameter is dropped rather than refused, so a mistyped URL still shows results. */
export function lenientVerdictQuery(params: PageParams): VerdictQuery {
  const flat = firstValues(params);
  const strict = verdictQuerySchema.safeParse(flat);
  if (strict.success) return strict.data;
  const query: Record<string, unknown> = {};
  for (const key of ['page', 'cursor', 'q', 'rating', 'speaker', 'from', 'to'] as const) {
    const attempt = verdictQuerySchema.safeParse({ ...query, [key]: flat[key] });
    if (attempt.success) query[key] = flat[key];
  }
  return verdictQuerySchema.parse(query);
}
