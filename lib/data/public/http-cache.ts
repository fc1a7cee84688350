import { createHash } from 'node:crypto';

/** A strong ETag over the exact response body. */
export function etagFor(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** True when an If-None-Match header (a list, weak tags, or *) already names this ETag. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === bare;
  });
}

/** Public responses may be stored, but must be revalidated every time so a new verdict shows at once. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/** The body with ETag and Cache-Control, or an empty 304 when the client already holds it. */
export function cachedResponse(request: Request, body: string, contentType: string): Response {
  const etag = etagFor(body);
  const headers = { ETag: etag, 'Cache-Control': PUBLIC_CACHE_CONTROL, Vary: 'Accept-Encoding' };
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag))
    return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': contentType } });
}
