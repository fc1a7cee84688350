// Opaque keyset cursors for the public lists: base64url JSON of the boundary row's sort key and a
// direction, so a page reads the next rows by index instead of counting past an OFFSET.

import { fromBase64urlJson, toBase64urlJson } from '@/lib/base64url-json';

export type CursorDirection = 'older' | 'newer';

export interface PageCursor {
  direction: CursorDirection;
  publishedAt: Date;
  id: string;
}

export const INVALID_CURSOR = 'Not a cursor this site gave out: use `next` or `prev` from a page.';

/** The cursor for the rows past `row` in `direction`. */
export function encodeCursor(direction: CursorDirection, row: { publishedAt: Date; id: string }) {
  return toBase64urlJson([direction === 'older' ? 'o' : 'n', row.publishedAt.getTime(), row.id]);
}

/** Reads a cursor; null for anything encodeCursor did not make. */
export function decodeCursor(text: string): PageCursor | null {
  const value = fromBase64urlJson(text);
  if (
    !Array.isArray(value) ||
    value.length !== 3 ||
    (value[0] !== 'o' && value[0] !== 'n') ||
    !Number.isSafeInteger(value[1]) ||
    typeof value[2] !== 'string' ||
    value[2].length === 0 ||
    value[2].length > 64
  )
    return null;
  const publishedAt = new Date(value[1] as number);
  if (Number.isNaN(publishedAt.getTime())) return null;
  return { direction: value[0] === 'o' ? 'older' : 'newer', publishedAt, id: value[2] };
}
