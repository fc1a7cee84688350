import { z } from 'zod';
import { ClaimState } from '@/lib/generated/prisma/enums';
import { decodeCursor } from '@/lib/data/queue-keyset';
import { ratingKey } from './rating-scale';
import { safeText } from './safe-text';
import { MAX_NUMBERED_PAGE } from './verdict-query';

const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

export const claimFiltersSchema = z.object({
  state: z.preprocess(blankToUndefined, z.enum(ClaimState).optional()),
  assignee: z.preprocess(blankToUndefined, safeText().max(100).optional()),
  speaker: z.preprocess(blankToUndefined, safeText().trim().max(200).optional()),
  article: z.preprocess(blankToUndefined, safeText().max(100).optional()),
  rating: z.preprocess(blankToUndefined, ratingKey.optional()),
  due: z.preprocess(blankToUndefined, z.enum(['overdue', 'week', 'none']).optional()),
  q: z.preprocess(blankToUndefined, safeText().trim().max(200).optional()),
  sort: z.preprocess(blankToUndefined, z.enum(['updated', 'oldest', 'due', 'priority']).optional()),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10000).optional()),
});
export type ClaimFilters = z.infer<typeof claimFiltersSchema>;

export const INVALID_QUEUE_CURSOR =
  'Not a cursor this API gave out for this sort: use `next` or `prev` from a response.';

/** GET /api/v1/claims: the queue's filters and where the page starts (a cursor, or a page up to 10). */
export const claimListQuerySchema = claimFiltersSchema
  .extend({
    page: z.preprocess(
      blankToUndefined,
      z.coerce
        .number()
        .int()
        .min(1)
        .max(
          MAX_NUMBERED_PAGE,
          `page goes up to ${MAX_NUMBERED_PAGE}; for later pages follow the next cursor.`,
        )
        .optional(),
    ),
    cursor: z.preprocess(blankToUndefined, safeText().max(400, INVALID_QUEUE_CURSOR).optional()),
  })
  .refine((query) => !query.cursor || decodeCursor(query.cursor, query.sort ?? 'updated'), {
    message: INVALID_QUEUE_CURSOR,
    path: ['cursor'],
  });
export type ClaimListQuery = z.infer<typeof claimListQuerySchema>;
