// Response bodies of the article routes: what getNewsroomArticle returns, as the API serialises it.
import { z } from 'zod';
import { attributionSchema, claimKindSchema, claimStateSchema } from './enums';

export const newsroomClaimSchema = z
  .strictObject({
    id: z.string(),
    text: z.string().meta({ description: 'Equals `body.slice(start, end)` of the article.' }),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
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
    claims: z.array(newsroomClaimSchema).meta({ description: 'Ordered by `start`.' }),
  })
  .meta({ id: 'NewsroomArticle' });
export type NewsroomArticleResponse = z.output<typeof newsroomArticleSchema>;

export const createdArticleSchema = newsroomArticleSchema
  .extend({
    existing: z.boolean().meta({
      description:
        'True when this article was already saved (same canonical URL or the same text once case, spacing and punctuation are ignored): nothing new was stored, and the status is 200 instead of 201.',
    }),
  })
  .meta({ id: 'CreatedArticle' });
export type CreatedArticleResponse = z.output<typeof createdArticleSchema>;
