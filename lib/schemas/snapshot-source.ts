import { z } from 'zod';

/** One source as frozen in Publication.sources; lenient, since old snapshots must still render. */
export const snapshotSourceSchema = z.object({
  url: z.string().catch(''),
  title: z.string().catch(''),
  kind: z.string().catch('OTHER'),
  stance: z.string().catch('CONTEXT'),
  note: z.string().nullable().optional().catch(null),
});
