// Next.js's cache (pages cached whole and the public site's cached reads) in Redis, shared by every
// app instance: next.config.js names this file when REDIS_URL is set (docs/public-site.md, Caching).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from 'redis';

/** Entries of another build (another deployment) hold other asset names: never serve them. */
function buildId() {
  try {
    const dist = process.env.NEXT_DIST_DIR || '.next';
    return readFileSync(path.join(process.cwd(), dist, 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'build';
  }
}

CacheHandler.onCreation(async () => {
  // `next build` prerenders only static shells; their entries would be keyed to the previous build.
  if (process.env.NEXT_PHASE === 'phase-production-build')
    return { handlers: [createLruHandler()] };
  const prefix = `${process.env.REDIS_KEY_PREFIX ?? 'factdesk:'}${buildId()}:`;
  let connected = false;
  const client = createClient({
    url: process.env.REDIS_URL,
    socket: {
      connectTimeout: 2000,
      // Give up at once if Redis is not there at start; once connected, keep reconnecting.
      reconnectStrategy: (retries) =>
        connected ? Math.min(retries * 200, 2000) : new Error('no connection at start'),
    },
  });
  client.on('error', (error) => console.error(`factdesk: redis cache: ${error.message}`));
  try {
    await client.connect();
    connected = true;
    return { handlers: [createRedisHandler({ client, keyPrefix: prefix, timeoutMs: 1000 })] };
  } catch (error) {
    // Serve from this process rather than not at all; tag expiry then reaches this instance only.
    console.error(`factdesk: Redis unreachable (${error.message}); caching in this process only.`);
    if (client.isOpen) client.destroy();
    return { handlers: [createLruHandler()] };
  }
});

/** The tags Next lists in a cached response's headers (x-next-cache-tags). */
function tagsFromHeaders(headers) {
  const tags = headers?.['x-next-cache-tags'];
  return Array.isArray(tags) ? tags : typeof tags === 'string' ? tags.split(',') : [];
}

// A route handler cached whole (the feeds' and the API's copies under /cached) would be stored
// without its tags, so no publish or withdrawal would ever expire it: Next passes them only in
// the response headers, which the library reads for pages alone (fortedigital/nextjs-cache-handler#231).
class TaggedRouteCacheHandler extends CacheHandler {
  async set(key, value, ctx) {
    const tags = value?.kind === 'APP_ROUTE' ? tagsFromHeaders(value.headers) : [];
    return super.set(
      key,
      value,
      tags.length ? { ...ctx, tags: [...(ctx?.tags ?? []), ...tags] } : ctx,
    );
  }
}

export default TaggedRouteCacheHandler;
