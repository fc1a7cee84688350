import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { encodeCursor, type PageCursor } from './cursor';

// Keyset paging over Publication `p` by ("publishedAt", id), newest first: the condition and order
// for a cursor, and the cursors of the page read with them (pageSize + 1 rows tell if more follow).

export function keysetWhere(at: PageCursor | null): Prisma.Sql {
  if (!at) return Prisma.sql`TRUE`;
  return at.direction === 'newer'
    ? Prisma.sql`(p."publishedAt", p.id) > (${at.publishedAt}, ${at.id})`
    : Prisma.sql`(p."publishedAt", p.id) < (${at.publishedAt}, ${at.id})`;
}

export function keysetOrder(at: PageCursor | null): Prisma.Sql {
  return at?.direction === 'newer'
    ? Prisma.sql`p."publishedAt" ASC, p.id ASC`
    : Prisma.sql`p."publishedAt" DESC, p.id DESC`;
}

/** The rows to show, newest first, and cursors to the older and newer pages (null at either end). */
export function keysetPage<T>(
  rows: T[],
  at: PageCursor | null,
  pageSize: number,
  key: (row: T) => { publishedAt: Date; id: string },
  skipped = false,
): { shown: T[]; next: string | null; prev: string | null } {
  const newer = at?.direction === 'newer';
  const more = rows.length > pageSize;
  const shown = rows.slice(0, pageSize);
  if (newer) shown.reverse();
  const first = shown[0];
  const last = shown.at(-1);
  const hasOlder = newer || more;
  const hasNewer = newer ? more : Boolean(at) || skipped;
  return {
    shown,
    next: hasOlder && last ? encodeCursor('older', key(last)) : null,
    prev: hasNewer && first ? encodeCursor('newer', key(first)) : null,
  };
}
