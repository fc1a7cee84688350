import { z } from 'zod';
import { httpUrl } from './claim';
import { boundedDate } from './dates';
import { recordId, safeText } from './safe-text';

export const MAX_ARTICLE_CHARS = 100_000;

const optionalText = (max: number, label: string) =>
  safeText()
    .trim()
    .max(max, `${label} is too long (max ${max} characters).`)
    .optional()
    .nullable()
    .transform((v) => v || null);

export const articleSchema = z.object({
  title: safeText()
    .trim()
    .min(1, 'Enter the headline.')
    .max(300, 'Keep the headline under 300 characters.'),
  body: safeText({ message: 'Paste the article text.' })
    .max(
      MAX_ARTICLE_CHARS,
      `The article is too long (max ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters).`,
    )
    .refine((v) => v.trim().length >= 20, 'Paste the article text (at least a sentence).'),
  url: z
    .union([httpUrl, z.literal('')])
    .optional()
    .nullable()
    .transform((v) => v || null),
  outlet: optionalText(200, 'Outlet'),
  byline: optionalText(200, 'Byline'),
  publishedAt: z
    .union([boundedDate('Enter a valid publication date.'), z.literal('')])
    .optional()
    .nullable()
    .transform((v) => (v instanceof Date ? v : null))
    .refine(
      (v) => !v || v.getTime() <= Date.now() + 86_400_000,
      'The publication date is in the future.',
    ),
});
export type ArticleInput = z.input<typeof articleSchema>;

/** A web page to read an article from; lib/url-import judges the address itself. */
export const articleUrlSchema = z.object({ url: safeText().trim().max(2000) });

/** An article's claim extraction: "Retry" after a failure, and the page's status poll. */
export const retryExtractionSchema = z.object({ articleId: recordId });
