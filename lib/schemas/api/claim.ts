// Response bodies of the claim routes: what listClaims and getClaimDetail return, as the API serialises them.
import { z } from 'zod';
import {
  attributionSchema,
  claimKindSchema,
  claimStateSchema,
  dismissReasonSchema,
  prioritySchema,
  ratingSchema,
  reviewDecisionSchema,
  sourceKindSchema,
  sourceStanceSchema,
} from './enums';

const statement = z.string().meta({
  description:
    'What is being checked, as one sentence (prefilled from speaker, cue and text; edited by the journalist). The public headline once published.',
});

const utf16 = (what: string) =>
  z
    .number()
    .int()
    .min(0)
    .meta({ description: `${what}, in UTF-16 code units (JavaScript string indices).` });

const userRefSchema = z.strictObject({ id: z.string(), name: z.string() }).meta({ id: 'UserRef' });

export const claimListItemSchema = z
  .strictObject({
    id: z.string(),
    slug: z.string(),
    text: z.string(),
    statement,
    speaker: z.string().nullable(),
    speakerRole: z.string().nullable(),
    state: claimStateSchema,
    priority: prioritySchema,
    dueAt: z.date().nullable(),
    rating: ratingSchema.nullable(),
    version: z.number().int().min(1),
    createdAt: z.date(),
    updatedAt: z.date(),
    assignee: userRefSchema.nullable(),
    article: z.strictObject({ id: z.string(), title: z.string() }),
  })
  .meta({ id: 'ClaimListItem' });

export const claimListSchema = z
  .strictObject({
    claims: z.array(claimListItemSchema),
    total: z.number().int().min(0).meta({
      description:
        'Claims matching the filters, over all pages: exact up to 10,000 (then `totalCapped`), and for a text filter (`q`, `speaker`) exact up to 1,000, above that the database’s estimate (`totalApproximate`).',
    }),
    totalCapped: z
      .boolean()
      .meta({ description: 'The count stopped at its cap: at least `total` claims match.' }),
    totalApproximate: z
      .boolean()
      .meta({ description: '`total` is an estimate (a text filter matching many claims).' }),
    page: z.number().int().min(1).nullable().meta({
      description: 'The page number asked for (1 without one); null in an answer to a cursor.',
    }),
    pageSize: z.number().int().min(1).meta({ description: 'Claims per page.' }),
    next: z.string().nullable().meta({
      description:
        'Opaque cursor of the next page (send as `cursor` with the same filters); null on the last page.',
    }),
    prev: z
      .string()
      .nullable()
      .meta({ description: 'Opaque cursor of the previous page; null on the first page.' }),
  })
  .meta({ id: 'ClaimList' });
export type ClaimListResponse = z.output<typeof claimListSchema>;

const claimSourceSchema = z
  .strictObject({
    id: z.string(),
    url: z.string(),
    title: z.string(),
    kind: sourceKindSchema,
    stance: sourceStanceSchema,
    note: z.string().nullable(),
    accessedOn: z
      .date()
      .nullable()
      .meta({ description: 'The day the source was read (midnight UTC of that date).' }),
    archiveUrl: z.string().nullable().meta({ description: 'A copy in a web archive.' }),
    createdAt: z.date(),
    updatedAt: z.date().nullable().meta({ description: 'Set when the source was last edited.' }),
    addedBy: z.strictObject({ name: z.string() }),
  })
  .meta({ id: 'ClaimSource' });

const claimReviewSchema = z
  .strictObject({
    id: z.string(),
    round: z.number().int().min(0).meta({ description: 'The review round the review belongs to.' }),
    decision: reviewDecisionSchema,
    note: z.string().nullable(),
    createdAt: z.date(),
    reviewer: userRefSchema,
  })
  .meta({ id: 'ClaimReview' });

const claimPublicationSchema = z
  .strictObject({
    id: z.string(),
    rating: ratingSchema,
    summary: z.string(),
    publishedAt: z.date(),
    withdrawnAt: z
      .date()
      .nullable()
      .meta({ description: 'Set when the publication was withdrawn.' }),
    correctionNote: z.string().nullable(),
  })
  .meta({ id: 'ClaimPublication' });

export const claimDetailSchema = z
  .strictObject({
    id: z.string(),
    slug: z.string().meta({
      description: 'The public id (`/claims/{slug}`, `/api/v1/verdicts/{slug}`).',
    }),
    text: z.string().meta({
      description: 'The claim as the article words it: `article.body.slice(start, end)`.',
    }),
    statement,
    start: utf16('Start of the claim in the article body'),
    end: utf16('End (exclusive) of the claim in the article body').min(1),
    sentenceStart: utf16('Start of the claim’s sentence'),
    sentenceEnd: utf16('End (exclusive) of the claim’s sentence'),
    codePoints: z
      .strictObject({
        start: z.number().int().min(0),
        end: z.number().int().min(0),
        sentenceStart: z.number().int().min(0),
        sentenceEnd: z.number().int().min(0),
      })
      .meta({
        description:
          'The same four offsets counted in Unicode code points (for Python, Go runes, …); they differ from the UTF-16 ones after any character outside the Basic Multilingual Plane, such as an emoji.',
      }),
    speaker: z.string().nullable(),
    speakerRole: z.string().nullable(),
    cue: z.string().nullable(),
    attribution: attributionSchema,
    kind: claimKindSchema,
    checkworthiness: z.number(),
    checkworthy: z.boolean(),
    state: claimStateSchema,
    dismissReason: dismissReasonSchema.nullable(),
    priority: prioritySchema,
    dueAt: z.date().nullable(),
    rating: ratingSchema.nullable().meta({ description: 'The proposed verdict’s rating.' }),
    summary: z
      .string()
      .nullable()
      .meta({ description: 'The proposed verdict’s one-line summary.' }),
    explanation: z.string().nullable().meta({ description: 'The proposed verdict’s explanation.' }),
    reviewRound: z.number().int().min(0),
    version: z.number().int().min(1),
    createdAt: z.date(),
    updatedAt: z.date(),
    assignee: userRefSchema.nullable(),
    verdictAuthor: userRefSchema
      .nullable()
      .meta({ description: 'Who proposed the current verdict.' }),
    article: z.strictObject({
      id: z.string(),
      title: z.string(),
      outlet: z.string().nullable(),
      url: z.string().nullable(),
    }),
    sources: z.array(claimSourceSchema).meta({ description: 'Oldest first.' }),
    reviews: z.array(claimReviewSchema).meta({ description: 'Oldest first, all rounds.' }),
    publications: z
      .array(claimPublicationSchema)
      .meta({ description: 'Newest first, including withdrawn ones.' }),
    sentence: z.string().meta({
      description:
        'The article sentence the claim sits in (`body.slice(sentenceStart, sentenceEnd)`).',
    }),
    context: z
      .strictObject({ before: z.string(), after: z.string() })
      .meta({ description: 'Up to 200 characters of article text either side of the claim.' }),
  })
  .meta({ id: 'ClaimDetail', description: '`getClaimDetail` in `lib/data/claims.ts`.' });
export type ClaimDetailResponse = z.output<typeof claimDetailSchema>;
