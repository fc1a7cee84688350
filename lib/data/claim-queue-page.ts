import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { claimRowSelect, type ClaimRow } from '@/lib/data/claims';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimFilters } from '@/lib/schemas/claim-filters';
import { claimFilterSql, countClaims, keysetPage } from './claim-list-query';
import { decodeCursor, encodeCursor, type QueueSort } from './queue-keyset';

export const QUEUE_PAGE_SIZE = 50;

/** Claim rows by id, in the order of `ids`. */
export async function claimRowsInOrder(ids: string[]): Promise<ClaimRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.claim.findMany({ where: { id: { in: ids } }, select: claimRowSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export interface ClaimListPage {
  rows: ClaimRow[];
  /** Matches counted up to a cap (`capped`: at least `total`) or estimated (`approximate`). */
  total: number;
  capped: boolean;
  approximate: boolean;
  /** Opaque cursors for the "Next page" / "Previous page" links; null at either end. */
  next: string | null;
  previous: string | null;
}

/** One page of claims under `conditions`, walked by keyset from `rawCursor`, with a capped count. */
export async function claimListPage(
  conditions: Prisma.Sql[],
  sort: QueueSort,
  rawCursor: string | undefined,
  { pageSize = QUEUE_PAGE_SIZE, text = false }: { pageSize?: number; text?: boolean } = {},
): Promise<ClaimListPage> {
  const cursor = decodeCursor(rawCursor, sort);
  const [page, count] = await Promise.all([
    keysetPage(conditions, sort, cursor, pageSize),
    countClaims(conditions, { text }),
  ]);
  return {
    rows: await claimRowsInOrder(page.ids),
    total: count.count,
    capped: count.capped,
    approximate: count.approximate,
    next: page.next ? encodeCursor(page.next) : null,
    previous: page.previous ? encodeCursor(page.previous) : null,
  };
}

/** The newsroom claim queue: filters as in the API, pages by cursor instead of number. */
export async function claimQueuePage(
  actor: SessionUser | null,
  filters: ClaimFilters,
  rawCursor: string | undefined,
): Promise<ClaimListPage> {
  const user = assertCan(actor, 'claims.view');
  return claimListPage(claimFilterSql(filters, user.id), filters.sort ?? 'updated', rawCursor, {
    text: Boolean(filters.q || filters.speaker),
  });
}
