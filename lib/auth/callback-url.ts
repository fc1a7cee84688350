const SAME_SITE = 'http://same-site.invalid';

/**
 * Only same-site paths are followed after sign-in, never another host. Anything else (another
 * host, a malformed one, control characters, a repeated parameter) falls back to the newsroom.
 */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || /[\\\p{Cc}]/u.test(value))
    return '/newsroom';
  const url = sameOrigin(value, SAME_SITE);
  return url ? `${url.pathname}${url.search}${url.hash}` : '/newsroom';
}

/** next-auth's redirect: a URL on this site, else the site itself (its default throws, a 500, on a malformed host). */
export function safeAuthRedirect(url: string, baseUrl: string): string {
  return sameOrigin(url, baseUrl)?.href ?? baseUrl;
}

function sameOrigin(value: string, base: string): URL | null {
  try {
    const url = new URL(value, base);
    return url.origin === new URL(base).origin ? url : null;
  } catch {
    return null;
  }
}
