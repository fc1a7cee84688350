import { z } from 'zod';
import { numberedPageParam, publicCursorParam } from './verdict-query';

export const CLAIM_REVIEW_FEED_PAGE_SIZE = 100;

/** GET /api/v1/claim-review-feed: ?cursor= (from a Link header), or ?page= for the first pages. */
export const feedQuerySchema = z.strictObject({
  page: numberedPageParam,
  cursor: publicCursorParam,
});

/** GET /api/v1/verdicts.csv: ?bom=1 starts the file with a byte-order mark for spreadsheets. */
export const verdictCsvQuerySchema = z.strictObject({ bom: z.enum(['0', '1']).default('0') });
