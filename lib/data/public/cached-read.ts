import 'server-only';
import { unstable_cache } from 'next/cache';
import { decodeCached, encodeCached } from './cache-json';
import { publicCacheSettings, PUBLIC_CACHE_TAG } from './cache-settings';

/**
 * `read`, served from Next's data cache (Redis when REDIS_URL is set, else in process) under the one
 * tag that lib/public-cache.ts expires on every publish, correction, withdrawal and settings or
 * rating-scale save. Same signature as `read`.
 */
export function cachedRead<A extends unknown[], R>(
  name: string,
  read: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  let wrapped: ((...args: A) => Promise<string>) | undefined;
  return async (...args: A): Promise<R> => {
    const { enabled, revalidateSeconds } = publicCacheSettings();
    // Outside a Next.js server (scripts, tests calling route handlers) there is no cache to use.
    if (!enabled || !process.env.NEXT_RUNTIME) return read(...args);
    wrapped ??= unstable_cache(async (...inner: A) => encodeCached(await read(...inner)), [name], {
      tags: [PUBLIC_CACHE_TAG],
      revalidate: revalidateSeconds,
    });
    return decodeCached<R>(await wrapped(...args));
  };
}
