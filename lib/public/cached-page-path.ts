import { decodeCursor } from '@/lib/data/public/cursor';
import { MAX_NUMBERED_PAGE } from '@/lib/schemas/verdict-query';
import { searchKey } from './search-key';

// The paged reader lists (home, corrections, a speaker) are cached whole like the claim page, so
// their pages cannot read the query string. proxy.ts rewrites a further page, `?cursor=…` (or the
// home page's `?page=2`…`10`), to the same list's `…/at/<cursor>` route, cached whole per cursor:
// links and cursors stay as they were, and the plain path is the first page. A search goes to
// `/search/for/<key>`, cached whole per query (lib/public/search-key.ts), or, when a parameter is
// unknown or invalid, to `/search/results`, rendered per request; the empty form is cached whole.

const PAGED_LISTS = [/^\/$/, /^\/corrections$/, /^\/speakers\/[^/]+$/];

/** Where proxy.ts sends a reader page request (same query string), or null to serve it as asked. */
export function cachedPagePath(pathname: string, search: URLSearchParams): string | null {
  if (pathname === '/search') {
    if (![...search.keys()].length) return null;
    const key = searchKey(search);
    return key ? `/search/for/${key}` : '/search/results';
  }
  if (!PAGED_LISTS.some((list) => list.test(pathname))) return null;
  const at = (position: string) => `${pathname === '/' ? '' : pathname}/at/${position}`;
  const cursor = search.get('cursor');
  // A cursor the site did not give out is ignored, as before: the first page (and no cache entry).
  if (cursor && decodeCursor(cursor)) return at(cursor);
  const page = pathname === '/' ? search.get('page') : null;
  if (page && /^\d{1,2}$/.test(page) && Number(page) >= 2 && Number(page) <= MAX_NUMBERED_PAGE)
    return at(String(Number(page)));
  return null;
}

/** A home `…/at/<position>` segment: a page number (2–10) or a cursor; null for anything else. */
export function homePosition(position: string): { page: number } | { cursor: string } | null {
  if (/^\d{1,2}$/.test(position)) {
    const page = Number(position);
    return page >= 2 && page <= MAX_NUMBERED_PAGE ? { page } : null;
  }
  const cursor = listCursor(position);
  return cursor ? { cursor } : null;
}

/** An `…/at/<cursor>` segment of a paged list, if it is a cursor the site gave out. */
export function listCursor(position: string): string | null {
  return position.length <= 200 && decodeCursor(position) ? position : null;
}
