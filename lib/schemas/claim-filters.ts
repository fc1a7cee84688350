import { z } from 'zod';
import { ClaimState } from '@/lib/generated/prisma/enums';
import { ratingKey } from './rating-scale';
import { safeText } from './safe-text';

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
