import { z } from 'zod';
import { SourceKind, SourceStance } from '@/lib/generated/prisma/enums';

/** One source as frozen in Publication.sources; lenient, since old snapshots must still render. */
export const snapshotSourceSchema = z.object({
  url: z.string().catch(''),
  title: z.string().catch(''),
  kind: z.enum(SourceKind).catch('OTHER'),
  stance: z.enum(SourceStance).catch('CONTEXT'),
  note: z.string().nullable().optional().catch(null),
  // Snapshots from before access dates and archived copies have neither.
  accessedOn: z.iso.date().nullable().optional().catch(null),
  archiveUrl: z.string().nullable().optional().catch(null),
});
