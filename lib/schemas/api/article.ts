// Response bodies of the article routes: what getNewsroomArticle returns, as the API serialises it.
import { z } from 'zod';
import {
  attributionSchema,
  claimKindSchema,
  claimStateSchema,
  extractionStatusSchema,
} from './enums';

export const newsroomClaimSchema = z
  .strictObject({
    id: z.string(),
    text: z.string().meta({ description: 'Equals `body.slice(start, end)` of the article.' }),
    statement: z.string().meta({
      description:
        'What is being checked, as one sentence (prefilled from speaker, cue and text; edited by the journalist).',
    }),
    start: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'In UTF-16 code units (JavaScript string indices) of `body`.' }),
    end: z.number().int().min(1).meta({ description: 'Exclusive; UTF-16 code units.' }),
    codePoints: z
      .strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) })
      .meta({ description: 'The same offsets counted in Unicode code points.' }),
    speaker: z.string().nullable(),
    speakerRole: z.string().nullable(),
    cue: z
      .string()
      .nullable()
      .meta({ description: 'The attribution cue the extractor found (e.g. "said").' }),
    kind: claimKindSchema,
    attribution: attributionSchema,
    checkworthiness: z.number().meta({ description: 'The extractor’s score.' }),
    checkworthy: z.boolean(),
    state: claimStateSchema,
    version: z.number().int().min(1),
    assignee: z.string().nullable().meta({ description: 'The assignee’s name.' }),
  })
  .meta({ id: 'NewsroomClaim' });

export const newsroomArticleSchema = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    outlet: z.string().nullable(),
    byline: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.date().nullable(),
    body: z.string(),
    createdAt: z.date(),
    addedBy: z.string().meta({ description: 'Name of the user who added the article.' }),
    extraction: extractionStatusSchema,
    extractionError: z
      .string()
      .nullable()
      .meta({ description: 'Why the extraction failed (`extraction: FAILED`), else null.' }),
    claims: z.array(newsroomClaimSchema).meta({
      description: 'Ordered by `start`. Empty while `extraction` is `PENDING`.',
    }),
  })
  .meta({ id: 'NewsroomArticle' });
export type NewsroomArticleResponse = z.output<typeof newsroomArticleSchema>;

export const articleListSchema = z
  .strictObject({
    articles: z.array(
      z
        .strictObject({
          id: z.string(),
          title: z.string(),
          outlet: z.string().nullable(),
          url: z.string().nullable().meta({ description: 'Where the article was imported from.' }),
          publishedAt: z.date().nullable(),
          createdAt: z.date(),
          addedBy: z.string(),
          claimCount: z.number().int().min(0),
        })
        .meta({ id: 'ArticleListItem' }),
    ),
    total: z.number().int().min(0).meta({ description: 'Articles matching, over all pages.' }),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  })
  .meta({ id: 'ArticleList' });
export type ArticleListResponse = z.output<typeof articleListSchema>;

export const createdArticleSchema = newsroomArticleSchema
  .extend({
    existing: z.boolean().meta({
      description:
        'True when this article was already saved (same canonical URL or the same text once case, spacing and punctuation are ignored): nothing new was stored, and the status is 200 instead of 201.',
    }),
  })
  .meta({ id: 'CreatedArticle' });
export type CreatedArticleResponse = z.output<typeof createdArticleSchema>;
