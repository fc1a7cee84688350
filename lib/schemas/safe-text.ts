import { z } from 'zod';

// PostgreSQL text cannot hold a NUL byte and a lone UTF-16 surrogate has no UTF-8 form: either
// would fail in the database (a 500), so every text a caller sends is refused before it gets there.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const UNSAFE_TEXT_MESSAGE =
  'The text contains a character that cannot be stored (a NUL byte or a broken character).';

/** True when the text can be stored as it is: no NUL byte, no lone surrogate. */
export function isSafeText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/** `z.string()` for anything a caller sends; chain `.trim()`, `.min()`, `.max()` as usual. */
export const safeText = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).refine(isSafeText, UNSAFE_TEXT_MESSAGE);

/** The id of a record (cuid) sent by a caller: a non-empty storable string. */
export const recordId = safeText({ message: 'Expected a record id (a string).' }).min(1).max(100);

// Versions and offsets are PostgreSQL `integer` columns; a larger number would fail in the database.
export const MAX_INT4 = 2_147_483_647;

/** The version the caller last read (optimistic concurrency), a positive int4. */
export const recordVersion = z
  .number({ message: 'version is required' })
  .int()
  .positive()
  .max(MAX_INT4, 'version is not a version this record has had.');
