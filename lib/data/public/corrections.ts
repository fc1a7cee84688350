import 'server-only';
import { db } from '@/lib/db';
import { describeChanges } from './corrections-diff';

export interface CorrectionLogEntry {
  slug: string;
  statement: string;
  claimText: string;
  speaker: string | null;
  date: Date;
  changes: string[];
  note: string | null;
}

/** Every correction to a published verdict (each publication after a claim's first), newest first. */
export async function listCorrections(limit = 500): Promise<CorrectionLogEntry[]> {
  const claims = await db.claim.findMany({
    where: { publications: { some: { withdrawnAt: null, correctionNote: { not: null } } } },
    select: {
      slug: true,
      publications: {
        where: { withdrawnAt: null },
        orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
        select: {
          statement: true,
          claimText: true,
          speaker: true,
          rating: true,
          summary: true,
          explanation: true,
          sources: true,
          correctionNote: true,
          publishedAt: true,
        },
      },
    },
  });
  const entries = claims.flatMap(({ slug, publications }) => {
    const latest = publications.at(-1)!;
    return publications.slice(1).map((publication, index) => ({
      slug,
      statement: latest.statement,
      claimText: latest.claimText,
      speaker: latest.speaker,
      date: publication.publishedAt,
      changes: describeChanges(publications[index], publication),
      note: publication.correctionNote,
    }));
  });
  return entries.sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, limit);
}
