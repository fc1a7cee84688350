import 'server-only';
import { db } from '@/lib/db';
import { PUBLIC_PAGE_SIZE } from '@/lib/schemas/verdict-query';
import { decodeCursor } from './cursor';
import { keysetOrder, keysetPage, keysetWhere } from './keyset';
import { describeChanges, type SnapshotFields } from './corrections-diff';

export interface CorrectionLogEntry {
  slug: string;
  statement: string;
  claimText: string;
  speaker: string | null;
  date: Date;
  changes: string[];
  note: string | null;
}

export interface CorrectionPage {
  items: CorrectionLogEntry[];
  next: string | null;
  prev: string | null;
}

// The verdict lists' page size (a page of 50 corrections was 96 kB of HTML and RSC payload).
export const CORRECTIONS_PAGE_SIZE = PUBLIC_PAGE_SIZE;

type Snapshot = SnapshotFields & { statement: string };

type Row = Snapshot & {
  id: string;
  slug: string;
  publishedAt: Date;
  correctionNote: string | null;
  before: Snapshot;
  current: Pick<Snapshot, 'statement' | 'claimText' | 'speaker'>;
};

/**
 * Corrections to published verdicts (each live publication with a correction note that follows an
 * earlier live one), newest first, a page at a time by cursor along Publication_correction_idx.
 */
export async function listCorrections(
  cursor?: string,
  pageSize = CORRECTIONS_PAGE_SIZE,
): Promise<CorrectionPage> {
  const at = cursor ? decodeCursor(cursor) : null;
  const rows = await db.$queryRaw<Row[]>`
    SELECT p.id, c.slug, p.statement, p."claimText", p.speaker, p.rating, p."ratingName", p.summary,
      p.explanation, p.sources, p."publishedAt", p."correctionNote", before.snapshot AS before,
      json_build_object('statement', cur.statement, 'claimText', cur."claimText", 'speaker', cur.speaker) AS current
    FROM "Publication" p
    JOIN "Claim" c ON c.id = p."claimId"
    JOIN "Publication" cur ON cur."claimId" = p."claimId" AND cur."isCurrent"
    JOIN LATERAL (
      SELECT json_build_object('statement', b.statement, 'claimText', b."claimText", 'speaker', b.speaker,
        'rating', b.rating, 'ratingName', b."ratingName", 'summary', b.summary, 'explanation', b.explanation, 'sources', b.sources) AS snapshot
      FROM "Publication" b
      WHERE b."claimId" = p."claimId" AND b."withdrawnAt" IS NULL
        AND (b."publishedAt", b.id) < (p."publishedAt", p.id)
      ORDER BY b."publishedAt" DESC, b.id DESC LIMIT 1
    ) before ON TRUE
    WHERE p."correctionNote" IS NOT NULL AND p."withdrawnAt" IS NULL AND ${keysetWhere(at)}
    ORDER BY ${keysetOrder(at)}
    LIMIT ${pageSize + 1}`;
  const { shown, next, prev } = keysetPage(rows, at, pageSize, (row) => ({
    publishedAt: row.publishedAt,
    id: row.id,
  }));
  return {
    items: shown.map((row) => ({
      slug: row.slug,
      statement: row.current.statement,
      claimText: row.current.claimText,
      speaker: row.current.speaker,
      date: row.publishedAt,
      changes: describeChanges(row.before, row),
      note: row.correctionNote,
    })),
    next,
    prev,
  };
}
