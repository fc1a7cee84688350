// CSRF defence for cookie-authenticated writes: pure, so the proxy and route handlers share it.
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host the browser addressed, as Next's own Server Actions check reads it. */
function requestHost(headers: Headers): string | null {
  return headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null; // "null" (sandboxed frames, file: pages) and garbage are foreign
  }
}

/**
 * True for a state-changing request that a page on another origin made with the user's cookies.
 * A bearer token is never attached by a browser on its own, so token-authenticated calls pass from
 * anywhere. Without an Origin header (non-browser clients), Sec-Fetch-Site decides when present.
 */
export function isCrossOriginWrite(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (/^Bearer\s/i.test(headers.get('authorization') ?? '')) return false;
  const origin = headers.get('origin');
  if (origin === null) {
    const site = headers.get('sec-fetch-site');
    return site === 'cross-site' || site === 'same-site';
  }
  const host = requestHost(headers);
  return !host || hostOf(origin) !== host;
}

export const CROSS_ORIGIN_MESSAGE =
  'Cross-origin writes with a session cookie are refused; call the API with a bearer token instead.';
