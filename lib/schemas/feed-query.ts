import { z } from 'zod';

export const CLAIM_REVIEW_FEED_PAGE_SIZE = 100;

/** GET /api/v1/claim-review-feed: ?page= */
export const feedQuerySchema = z.strictObject({
  page: z.coerce.number().int('page must be a whole number.').min(1).max(100_000).default(1),
});

/** GET /api/v1/verdicts.csv: ?bom=1 starts the file with a byte-order mark for spreadsheets. */
export const verdictCsvQuerySchema = z.strictObject({ bom: z.enum(['0', '1']).default('0') });
