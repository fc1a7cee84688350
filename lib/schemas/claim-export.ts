import { z } from 'zod';
import { claimFiltersSchema } from './claim-filters';

/** GET /api/v1/claims/export: the queue's filters (every page), the format, and a BOM for spreadsheets. */
export const claimExportQuerySchema = claimFiltersSchema.extend({
  format: z.enum(['csv', 'json']).default('csv'),
  bom: z.enum(['0', '1']).default('0'),
});
export type ClaimExportQuery = z.output<typeof claimExportQuerySchema>;
