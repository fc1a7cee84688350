import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import {
  CLAIM_CSV_COLUMNS,
  claimExportSchema,
  claimReviewFeedSchema,
  VERDICT_CSV_COLUMNS,
} from '@/lib/schemas/api/exports';
import {
  CLAIM_REVIEW_FEED_PAGE_SIZE,
  feedQuerySchema,
  verdictCsvQuerySchema,
} from '@/lib/schemas/feed-query';
import { claimExportQuery } from './request-schemas';
import { cacheHeaders, errorResponses, ifNoneMatchHeader, notModifiedResponse } from './responses';

const text = (description: string) => z.string().meta({ description });
const columns = (names: readonly string[]) => names.map((name) => `\`${name}\``).join(', ');

export const exportPaths: ZodOpenApiPathsObject = {
  '/api/v1/claims/export': {
    get: {
      tags: ['Claims'],
      operationId: 'exportClaims',
      summary: 'The claim queue’s current filter, every page, streamed as CSV or JSON',
      description: `The same filters and order as \`GET /api/v1/claims\` (no \`page\`): every matching claim, read in batches of 1,000 and streamed, so the server holds one batch at a time. For editors and admins (\`claims.export\`). CSV (RFC 4180, CRLF, a header row) has the columns ${columns(CLAIM_CSV_COLUMNS)}; dates ISO 8601, a missing value empty. JSON is \`{"claims":[…]}\` with the items of \`GET /api/v1/claims\`.`,
      requestParams: { query: claimExportQuery },
      responses: {
        200: {
          description: 'The claims, as an attachment.',
          content: {
            'text/csv': { schema: text('CSV with a header row.') },
            'application/json': { schema: claimExportSchema },
          },
        },
        ...errorResponses(401, 403, 422, 500),
      },
    },
  },
  '/api/v1/verdicts.csv': {
    get: {
      tags: ['Public verdicts'],
      operationId: 'verdictsCsv',
      summary: 'Every published verdict as CSV, newest first (streamed)',
      description: `Columns ${columns(VERDICT_CSV_COLUMNS)}: the fields of \`GET /api/v1/verdicts\` items, flattened, plus the newsroom’s data licence (also in a \`Link: <…>; rel="license"\` header when it is an address).`,
      security: [],
      requestParams: { query: verdictCsvQuerySchema },
      responses: {
        200: {
          description: 'The verdicts, as an attachment.',
          content: { 'text/csv': { schema: text('CSV with a header row.') } },
        },
        ...errorResponses(422, 500),
      },
    },
  },
  '/api/v1/verdicts.jsonl': {
    get: {
      tags: ['Public verdicts'],
      operationId: 'verdictsJsonLines',
      summary: 'Every published verdict as JSON Lines, newest first (streamed), for researchers',
      description:
        'One JSON object a line: an item of `GET /api/v1/verdicts` plus `license`, the licence the newsroom set in its settings.',
      security: [],
      responses: {
        200: {
          description: 'The verdicts, as an attachment.',
          content: { 'application/jsonl': { schema: text('One verdict a line.') } },
        },
        ...errorResponses(500),
      },
    },
  },
  '/api/v1/claim-review-feed': {
    get: {
      tags: ['Public verdicts'],
      operationId: 'claimReviewFeed',
      summary: `The schema.org DataFeed of ClaimReview items (Google Fact Check Tools), ${CLAIM_REVIEW_FEED_PAGE_SIZE} per page`,
      description:
        'Newest first; each DataFeedItem holds the ClaimReview of the claim’s public page. Pages by opaque keyset cursor: `Link` headers name the `next` and `prev` pages (follow them; `page` reaches the first 10 pages only) and `X-Total-Count` the verdicts in all pages. Strong `ETag`; send it in `If-None-Match` for a 304.',
      security: [],
      requestParams: { query: feedQuerySchema, header: ifNoneMatchHeader },
      responses: {
        200: {
          description: 'One page of the feed.',
          headers: cacheHeaders,
          content: { 'application/ld+json': { schema: claimReviewFeedSchema } },
        },
        304: notModifiedResponse,
        ...errorResponses(422, 500),
      },
    },
  },
};
