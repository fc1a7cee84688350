// Response bodies of the public verdict routes (lib/data/public/verdict-json.ts builds them).
import { z } from 'zod';
import { MAX_NUMBERED_PAGE, PUBLIC_PAGE_SIZE } from '@/lib/schemas/verdict-query';
import { COUNT_CAP } from '@/lib/schemas/count-cap';
import { ratingLabelSchema, ratingSchema } from './enums';

const firstPublished = z.iso.datetime().meta({ description: 'First (live) publication.' });
const lastPublished = z.iso
  .datetime()
  .meta({ description: 'Latest publication (latest correction).' });

const verdictArticleSchema = z
  .strictObject({
    id: z.string().meta({ description: 'The article slug (public page `/articles/{id}`).' }),
    title: z.string(),
    outlet: z.string().nullable(),
  })
  .meta({ id: 'VerdictArticle' });

const verdictSummarySchema = z
  .strictObject({
    id: z.string().meta({ description: 'The claim slug; stable across corrections.' }),
    url: z.url().meta({ description: 'Absolute URL of the public claim page.' }),
    statement: z
      .string()
      .meta({ description: 'What was checked, in one sentence: the published headline.' }),
    claim: z
      .string()
      .meta({ description: 'The claim as the article words it (the published span).' }),
    speaker: z.string().nullable(),
    speakerRole: z.string().nullable(),
    rating: ratingSchema,
    ratingLabel: ratingLabelSchema,
    summary: z.string(),
    publishedAt: firstPublished,
    updatedAt: lastPublished,
    article: verdictArticleSchema,
  })
  .meta({ id: 'VerdictSummary' });
export type VerdictSummaryResponse = z.output<typeof verdictSummarySchema>;

export const verdictListSchema = z
  .strictObject({
    data: z.array(verdictSummarySchema).max(PUBLIC_PAGE_SIZE),
    page: z.number().int().min(1).nullable().meta({
      description: `The page number when asked for by \`page\` (or neither); null when asked for by \`cursor\`.`,
    }),
    pageCount: z
      .number()
      .int()
      .min(1)
      .meta({
        description: `Pages of ${PUBLIC_PAGE_SIZE} in \`total\` (at least 1); only the first ${MAX_NUMBERED_PAGE} can be asked for by number.`,
      }),
    total: z
      .number()
      .int()
      .min(0)
      .meta({
        description: `Matching verdicts; with \`totalCapped\` a lower bound (${COUNT_CAP}: filtered by text, part of a name or dates, counting stops there).`,
      }),
    totalCapped: z.boolean(),
    next: z
      .string()
      .nullable()
      .meta({ description: 'Cursor of the next (older) page; null on the last page.' }),
    prev: z
      .string()
      .nullable()
      .meta({ description: 'Cursor of the previous (newer) page; null on the first page.' }),
  })
  .meta({ id: 'VerdictList' });
export type VerdictListResponse = z.output<typeof verdictListSchema>;

const publicSourceSchema = z
  .strictObject({
    url: z.string().meta({
      description:
        'As recorded; not necessarily an http(s) URL in old snapshots, so check before linking.',
    }),
    title: z.string(),
    kind: z
      .string()
      .meta({ description: 'A `SourceKind` value as recorded in the publication snapshot.' }),
    stance: z
      .string()
      .meta({ description: 'A `SourceStance` value as recorded in the publication snapshot.' }),
    note: z.string().nullable(),
    accessedOn: z.iso
      .date()
      .nullable()
      .meta({ description: 'The day the checker read the source, when recorded.' }),
    archiveUrl: z
      .string()
      .nullable()
      .meta({ description: 'An archived copy (http(s) only), when recorded.' }),
  })
  .meta({ id: 'PublicSource' });

const verdictCorrectionSchema = z
  .strictObject({
    date: z.iso.datetime(),
    changes: z.array(z.string()).meta({
      description:
        'What changed compared with the previous publication, in readers’ words (e.g. `Rating changed from Mixed to Mostly true.`).',
    }),
    note: z.string().nullable().meta({ description: 'The correction note (why).' }),
  })
  .meta({ id: 'VerdictCorrection' });

export const verdictDetailSchema = z
  .strictObject({
    id: z.string().meta({ description: 'The claim slug.' }),
    url: z.url(),
    statement: z.string().meta({ description: 'What was checked, in one sentence.' }),
    claim: z.string().meta({ description: 'The claim as the article words it.' }),
    sentence: z.string().meta({ description: 'The article sentence containing the claim.' }),
    speaker: z.string().nullable(),
    speakerRole: z.string().nullable(),
    rating: ratingSchema,
    ratingLabel: ratingLabelSchema,
    summary: z.string(),
    explanation: z.string(),
    sources: z.array(publicSourceSchema),
    checkedBy: z.string().meta({
      description:
        'Name of the fact-checker credited: the original checker, kept through corrections.',
    }),
    approvedBy: z.array(z.string()).meta({
      description:
        'Names of the approving editors: the original approvers, then any who approved a correction.',
    }),
    correctedBy: z.array(z.string()).meta({
      description: 'Names of those who wrote a correction since the first publication, in order.',
    }),
    publishedAt: firstPublished,
    updatedAt: lastPublished,
    article: z.strictObject({
      id: z.string().meta({ description: 'The article slug.' }),
      title: z.string(),
      outlet: z.string().nullable(),
      url: z.string().nullable(),
      publishedAt: z.iso.datetime().nullable(),
    }),
    corrections: z
      .array(verdictCorrectionSchema)
      .meta({ description: 'Newest first; empty when the verdict was never corrected.' }),
  })
  .meta({ id: 'VerdictDetail' });
export type VerdictDetailResponse = z.output<typeof verdictDetailSchema>;
