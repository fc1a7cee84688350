import { z } from 'zod';
import { safeText } from './safe-text';

const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

export const ARTICLE_PAGE_SIZE = 50;

/** GET /api/v1/articles: newest first, optionally only the article(s) imported from one address. */
export const articleQuerySchema = z.object({
  url: z.preprocess(
    blankToUndefined,
    safeText()
      .trim()
      .max(2000)
      .refine(
        (value) => /^https?:\/\//i.test(value) && URL.canParse(value),
        'Give the article’s full http(s) address.',
      )
      .optional(),
  ),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10000).default(1)),
});
export type ArticleQuery = z.infer<typeof articleQuerySchema>;
