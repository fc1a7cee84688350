// How the public site is cached; pure, read by the data wrappers, proxy.ts and the route handlers.

/** The one tag every cached public read carries: any verdict or settings change expires it. */
export const PUBLIC_CACHE_TAG = 'public-site';

/**
 * Shared caches (CDN, nginx) may keep a reader page or feed this long before asking again, and
 * serve it stale this much longer while they do. Short, because a CDN is not told about a
 * withdrawal: a withdrawn verdict leaves every shared cache within s-maxage + one request.
 */
export const SHARED_MAX_AGE = 10;
export const STALE_WHILE_REVALIDATE = 60;

/** Cache-Control for reader pages, feeds and the public API: browsers revalidate, CDNs keep briefly. */
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_MAX_AGE}, stale-while-revalidate=${STALE_WHILE_REVALIDATE}`;

export interface PublicCacheSettings {
  /** FACTDESK_PUBLIC_CACHE=off: every read goes to the database (specs writing rows, cache-miss benchmarks). */
  enabled: boolean;
  /** A safety net only: entries are expired by tag when content changes. */
  revalidateSeconds: number;
}

export function publicCacheSettings(
  env: Record<string, string | undefined> = process.env,
): PublicCacheSettings {
  const seconds = Number(env.FACTDESK_PUBLIC_CACHE_SECONDS);
  return {
    enabled: env.FACTDESK_PUBLIC_CACHE !== 'off',
    revalidateSeconds: Number.isInteger(seconds) && seconds > 0 ? seconds : 3600,
  };
}
