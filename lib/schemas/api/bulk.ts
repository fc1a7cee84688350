import { z } from 'zod';

const bulkResultSchema = z
  .strictObject({
    claimId: z.string(),
    ok: z.boolean(),
    message: z.string().meta({
      description:
        '`Assigned.`, `Unassigned.` or `Moved to <STATE>.` when `ok`; otherwise why the claim was not changed.',
    }),
  })
  .meta({ id: 'BulkResult' });

export const bulkResponseSchema = z
  .strictObject({
    results: z
      .array(bulkResultSchema)
      .meta({ description: 'One per claim id, in the order of `claimIds`.' }),
  })
  .meta({ id: 'BulkResponse' });
export type BulkResponse = z.output<typeof bulkResponseSchema>;
