// Public pages at scale, cache misses included (issue 14 §3), against a started server:
//   BENCH_URL=http://127.0.0.1:3102 npm run bench:public-scale   (BENCH_CONCURRENCY=10, BENCH_SECONDS=10)
// For each route: req/s and p50/p95/p99 at -c BENCH_CONCURRENCY, beside the ceiling measured in the
// same run (the same bytes served by a bare Node HTTP server, through the same client). The server's
// pages render per request (no cache), so every request is a miss. Deep pages follow `next` cursors.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closedLoop, type LoadResult } from './lib/closed-loop';

const BASE = process.env.BENCH_URL ?? 'http://127.0.0.1:3102';
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const DEEP_PAGES = Number(process.env.BENCH_DEEP_PAGES ?? 50);

type Result = LoadResult;

/** GET `url` in a closed loop; a failed or non-2xx response counts as an error. */
function load(url: string, seconds = SECONDS): Promise<Result> {
  return closedLoop(
    async () => {
      const response = await fetch(url);
      await response.arrayBuffer();
      return response.ok;
    },
    { concurrency: CONCURRENCY, seconds },
  );
}

/** The same bytes from a bare Node server: what the client and machine manage at most. */
async function ceiling(body: Buffer, type: string): Promise<Result> {
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': type, 'content-length': body.length });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await load(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  } finally {
    server.close();
  }
}

/** Follows `next` cursors from the API to a page DEEP_PAGES down, and returns its home-page URL. */
async function deepCursor(): Promise<string> {
  let cursor: string | null = null;
  for (let page = 0; page < DEEP_PAGES; page += 1) {
    const url = `${BASE}/api/v1/verdicts${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`;
    const body = (await (await fetch(url)).json()) as { next: string | null };
    if (!body.next) break;
    cursor = body.next;
  }
  if (!cursor) throw new Error('Not enough verdicts for a deep page: seed db:seed:public-scale.');
  return cursor;
}

async function busiestSpeaker(): Promise<string> {
  const html = await (await fetch(`${BASE}/`)).text();
  const match = /href="(\/speakers\/[^"]+)"/.exec(html);
  if (!match) throw new Error('No speaker link on the home page.');
  return match[1];
}

const fmt = (n: number) => n.toFixed(n < 10 ? 1 : 0).padStart(7);

async function main(): Promise<void> {
  const cursor = encodeURIComponent(await deepCursor());
  const routes: [string, string][] = [
    // Same-run baseline: a dynamic page with one small query, the floor of rendering per request.
    ['baseline: /methodology', '/methodology'],
    ['home', '/'],
    [`home, deep page (${DEEP_PAGES} pages down)`, `/?cursor=${cursor}`],
    ['search q=percent', '/search?q=percent'],
    ['busiest speaker page', await busiestSpeaker()],
    ['corrections', '/corrections'],
    ['RSS feed', '/feed.xml'],
    ['/api/v1/verdicts', '/api/v1/verdicts'],
    ['/api/v1/verdicts deep cursor', `/api/v1/verdicts?cursor=${cursor}`],
    ['/api/v1/verdicts?q=percent', '/api/v1/verdicts?q=percent'],
    ['/api/v1/claim-review-feed', '/api/v1/claim-review-feed'],
  ];
  console.log(`${BASE}, -c ${CONCURRENCY}, ${SECONDS} s per route; latencies in ms`);
  console.log(
    'route'.padEnd(38) + '  req/s      p50      p95      p99  errors | ceiling req/s    p50    p99',
  );
  for (const [name, path] of routes) {
    const sample = await fetch(BASE + path);
    const body = Buffer.from(await sample.arrayBuffer());
    await load(BASE + path, 2); // warm-up
    const app = await load(BASE + path);
    const top = await ceiling(body, sample.headers.get('content-type') ?? 'text/html');
    console.log(
      `${name.padEnd(38)}${fmt(app.perSecond)}  ${fmt(app.p50)}  ${fmt(app.p95)}  ${fmt(app.p99)}  ${String(app.errors).padStart(6)} | ${fmt(top.perSecond)}       ${fmt(top.p50)} ${fmt(top.p99)}`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
