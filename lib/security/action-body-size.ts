// Next.js's own limit for a Server Action body (its default `serverActions.bodySizeLimit`, 1 MB);
// Next answers a larger one with a 500, so the proxy refuses it first when the length is declared.
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;
export const OVERSIZED_ACTION_MESSAGE = 'The request is too large (at most 1 MB).';

/** A Server Action call (POST with a Next-Action header) whose declared Content-Length is over the limit. */
export function isOversizedServerAction(method: string, headers: Headers): boolean {
  if (method !== 'POST' || !headers.has('next-action')) return false;
  const length = Number(headers.get('content-length'));
  return Number.isFinite(length) && length > SERVER_ACTION_BODY_LIMIT;
}
