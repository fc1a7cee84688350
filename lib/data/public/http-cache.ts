import { createHash } from 'node:crypto';
import { PUBLIC_CACHE_CONTROL } from './cache-settings';

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

export { PUBLIC_CACHE_CONTROL };

/**
 * The body with ETag and Cache-Control, or an empty 304 when the client already holds it
 * (`request` null: a copy cached whole, which always carries the body).
 */
export function cachedResponse(
  request: Request | null,
  body: string,
  contentType: string,
): Response {
  return taggedResponse(request, body, etagFor(body), contentType);
}

/** cachedResponse for a body whose ETag was computed with it (and cached with it). */
export function taggedResponse(
  request: Request | null,
  body: string,
  etag: string,
  contentType: string,
): Response {
  const headers = { ETag: etag, 'Cache-Control': PUBLIC_CACHE_CONTROL, Vary: 'Accept-Encoding' };
  if (request && matchesIfNoneMatch(request.headers.get('if-none-match'), etag))
    return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': contentType } });
}
