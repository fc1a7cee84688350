// Response bodies of the export routes (JSON ones), for the OpenAPI document and the contract test.
import { z } from 'zod';
import { claimListItemSchema } from './claim';

/** The columns of GET /api/v1/claims/export as CSV. */
export const CLAIM_CSV_COLUMNS = [
  'id',
  'slug',
  'text',
  'speaker',
  'state',
  'priority',
  'dueAt',
  'rating',
  'version',
  'createdAt',
  'updatedAt',
  'assigneeId',
  'assigneeName',
  'articleId',
  'articleTitle',
] as const;

/** The columns of GET /api/v1/verdicts.csv. */
export const VERDICT_CSV_COLUMNS = [
  'id',
  'url',
  'statement',
  'claim',
  'speaker',
  'speakerRole',
  'rating',
  'ratingLabel',
  'summary',
  'publishedAt',
  'updatedAt',
  'articleId',
  'articleTitle',
  'articleOutlet',
  'license',
] as const;

export const claimExportSchema = z.strictObject({ claims: z.array(claimListItemSchema) }).meta({
  id: 'ClaimExport',
  description: 'Every claim matching the filters, in the queue order.',
});

const claimReviewItemSchema = z
  .looseObject({
    '@type': z.literal('ClaimReview'),
    url: z.string(),
    claimReviewed: z.string(),
    reviewBody: z.string(),
    reviewRating: z.looseObject({ '@type': z.literal('Rating'), alternateName: z.string() }),
    itemReviewed: z.looseObject({ '@type': z.literal('Claim') }),
    author: z.looseObject({ '@type': z.literal('Organization'), name: z.string() }),
    datePublished: z.string(),
    dateModified: z.string(),
  })
  .meta({ id: 'ClaimReviewItem', description: 'A schema.org ClaimReview, as on the claim page.' });

export const claimReviewFeedSchema = z
  .strictObject({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('DataFeed'),
    name: z.string(),
    url: z.string(),
    license: z.string().meta({ description: 'The licence the newsroom set (admin settings).' }),
    dateModified: z.string().optional(),
    dataFeedElement: z.array(
      z.strictObject({
        '@type': z.literal('DataFeedItem'),
        dateCreated: z.string(),
        dateModified: z.string(),
        item: z.array(claimReviewItemSchema).length(1),
      }),
    ),
  })
  .meta({ id: 'ClaimReviewDataFeed' });
