import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { claimRowsWhere } from '@/lib/data/claim-rows';
import type { ClaimRow } from '@/lib/data/claims';
import { Prisma } from '@/lib/generated/prisma/client';
import { claimListQuerySchema, type ClaimFilters } from '@/lib/schemas/claim-filters';
import { checkRatingFilter } from '@/lib/ratings';
import { claimFilterSql, countClaims, keysetPage } from './claim-list-query';
import { getRatingScale } from './rating-scale';
import { decodeCursor, encodeCursor, type QueueSort } from './queue-keyset';

export const QUEUE_PAGE_SIZE = 50;

/** Claim rows by id, in the order of `ids`. */
export async function claimRowsInOrder(ids: string[]): Promise<ClaimRow[]> {
  if (ids.length === 0) return [];
  const rows = await claimRowsWhere(Prisma.sql`c.id IN (${Prisma.join(ids)})`);
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

/**
 * One page of claims under `conditions`, walked by keyset from `rawCursor`, with a capped count.
 * Without a cursor, `page` (the API's first few pages by number) starts after the rows of the pages
 * before it, found along the same index; a page past the end is empty.
 */
export async function claimListPage(
  conditions: Prisma.Sql[],
  sort: QueueSort,
  rawCursor: string | undefined,
  {
    pageSize = QUEUE_PAGE_SIZE,
    text = false,
    page: number = 1,
  }: { pageSize?: number; text?: boolean; page?: number } = {},
): Promise<ClaimListPage> {
  const decoded = decodeCursor(rawCursor, sort);
  const skipped =
    !decoded && number > 1
      ? await keysetPage(conditions, sort, null, (number - 1) * pageSize)
      : null;
  const cursor = skipped ? skipped.next : decoded;
  const pastEnd = skipped !== null && cursor === null;
  const [page, count] = await Promise.all([
    pastEnd
      ? { ids: [], next: null, previous: null }
      : keysetPage(conditions, sort, cursor, pageSize),
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

/**
 * The API's claim list: the queue's filters and keyset pages (`cursor`, or `page` 1–10 for the
 * first pages) with the queue's capped count. Bad filter values are a clear error, not an empty list.
 */
export async function listClaims(actor: SessionUser | null, rawQuery: unknown) {
  const user = assertCan(actor, 'claims.view');
  const { cursor, page, ...filters } = claimListQuerySchema.parse(rawQuery ?? {});
  checkRatingFilter(await getRatingScale(), filters.rating);
  const result = await claimListPage(
    claimFilterSql(filters, user.id),
    filters.sort ?? 'updated',
    cursor,
    { text: Boolean(filters.q || filters.speaker), page },
  );
  return { ...result, page: cursor ? null : (page ?? 1), pageSize: QUEUE_PAGE_SIZE, filters };
}
