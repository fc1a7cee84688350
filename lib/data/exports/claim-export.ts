import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { claimRowSelect, whereFor, type ClaimRow } from '@/lib/data/claims';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { CLAIM_CSV_COLUMNS } from '@/lib/schemas/api/exports';
import { claimFiltersSchema } from '@/lib/schemas/claim-filters';
import { isDateInRange } from '@/lib/schemas/dates';
import { afterRow, keysetPhases, orderOf, type KeyRow, type KeysetPhase } from './claim-keyset';

const BATCH = 1000;

/**
 * The claims of the queue's current filter (every page) in the queue's order, read in batches.
 * Permission and filters are checked here, before a response starts; the rows come as they stream.
 */
export function claimExportRows(
  actor: SessionUser | null,
  rawFilters: unknown,
  batchSize = BATCH,
): AsyncGenerator<ClaimRow> {
  const user = assertCan(actor, 'claims.export');
  const filters = claimFiltersSchema.parse(rawFilters ?? {});
  return batches(whereFor(filters, user.id), keysetPhases(filters.sort ?? 'updated'), batchSize);
}

async function* batches(
  where: Prisma.ClaimWhereInput,
  phases: KeysetPhase[],
  batchSize: number,
): AsyncGenerator<ClaimRow> {
  for (const phase of phases) {
    let last: KeyRow | null = null;
    for (;;) {
      const rows: ClaimRow[] = await db.claim.findMany({
        where: { AND: [where, phase.where, ...(last ? [afterRow(phase.keys, last)] : [])] },
        select: claimRowSelect,
        orderBy: orderOf(phase.keys),
        take: batchSize,
      });
      yield* rows;
      if (rows.length < batchSize) break;
      last = rows[rows.length - 1];
    }
  }
}

/** One CSV record: dates as ISO 8601, a missing value as an empty cell. */
export function claimCsvRecord(row: ClaimRow): Record<(typeof CLAIM_CSV_COLUMNS)[number], string> {
  return {
    id: row.id,
    slug: row.slug,
    text: row.text,
    speaker: row.speaker ?? '',
    state: row.state,
    priority: row.priority,
    // A due date stored before dates were bounded may be outside what a Date can print.
    dueAt: row.dueAt && isDateInRange(row.dueAt) ? row.dueAt.toISOString() : '',
    rating: row.rating ?? '',
    version: String(row.version),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    assigneeId: row.assignee?.id ?? '',
    assigneeName: row.assignee?.name ?? '',
    articleId: row.article.id,
    articleTitle: row.article.title,
  };
}
