// The feeds and the public API answer If-None-Match with a 304, which needs the request: a route
// cached whole by Next is sent without a freshness check. So those routes stay per request (reading
// cached data), and proxy.ts sends a plain GET — no If-None-Match, no query string — to a copy under
// /cached that Next caches whole and expires with the reader pages (same tags).

const CACHED_ROUTES = [
  /^\/feed\.xml$/,
  /^\/atom\.xml$/,
  /^\/api\/v1\/verdicts$/,
  /^\/api\/v1\/verdicts\/[^/]+$/,
];

/** The /cached copy to serve this request from, or null to serve it per request. */
export function cachedRoutePath(
  method: string,
  pathname: string,
  search: URLSearchParams,
  headers: Headers,
): string | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (search.size > 0 || headers.has('if-none-match')) return null;
  return CACHED_ROUTES.some((route) => route.test(pathname)) ? `/cached${pathname}` : null;
}
