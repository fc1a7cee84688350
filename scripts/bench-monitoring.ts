// `npm run bench:monitoring [-- --feeds 500 --items 1 --workers 2]`: media monitoring at scale, on a
// fresh database (DATABASE_URL's server through the app role, else an embedded one) and a local
// feed site (no internet here). One polling round of every feed, as a 15-minute interval brings,
// worked by separate worker processes (`npm run worker`); reports polls and imports per minute,
// import latency, database load, and checks that no article was fetched or saved twice.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { JOB_SCHEMA } from '@/lib/jobs/queues';
import { createPrismaClient } from '@/lib/prisma-client';
import { createUser } from '@/prisma/factories';
import { startFeedSite } from '@/tests/support/feed-server';
import { repoRoot } from './db/paths';
import { createTestDatabase } from './db/test-database';

const { values } = parseArgs({
  options: {
    feeds: { type: 'string', default: '500' },
    items: { type: 'string', default: '1' },
    workers: { type: 'string', default: '2' },
    interval: { type: 'string', default: '15' },
  },
});
const FEEDS = Number(values.feeds);
const ITEMS = Number(values.items);
const WORKERS = Number(values.workers);
const INTERVAL = Number(values.interval);

function startWorkerProcess(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'),
      '--conditions=react-server',
      path.join(repoRoot, 'scripts/worker.ts'),
    ],
    { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('worker: running')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`worker exited (${code})`)));
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;

async function databaseLoad(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT xact_commit::bigint AS commits, tup_inserted::bigint AS inserted,
              tup_updated::bigint AS updated, tup_fetched::bigint AS fetched
         FROM pg_stat_database WHERE datname = current_database()`,
    );
    return rows[0]
      ? Object.fromEntries(Object.entries(rows[0]).map(([k, v]) => [k, Number(v)]))
      : null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

async function main() {
  const site = await startFeedSite();
  const database = await createTestDatabase();
  const db = createPrismaClient(database.url, 2);
  const workers: ChildProcess[] = [];
  try {
    const owner = await createUser(db, { role: 'EDITOR' });
    const run = randomBytes(3).toString('hex');
    for (let f = 0; f < FEEDS; f++)
      site.setFeed(
        `f${f}`,
        Array.from({ length: ITEMS }, (_, i) => `${run}-${f}-${i}`),
      );
    await db.watchedSource.createMany({
      data: Array.from({ length: FEEDS }, (_, f) => ({
        name: `Feed ${f}`,
        url: `${site.base}/feeds/f${f}.xml`,
        intervalMinutes: INTERVAL,
        createdById: owner.id,
      })),
    });
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString('base64url'),
      FACTDESK_ALLOW_PRIVATE_FETCH: '1',
      FACTDESK_EMBEDDED: database.url === database.ownerUrl ? '1' : '0',
      JOB_LOG_LEVEL: 'warn',
      DATABASE_POOL_SIZE: '4',
    };
    for (let w = 0; w < WORKERS; w++) workers.push(await startWorkerProcess(env));
    const before = await databaseLoad(database.ownerUrl);
    const boss = new PgBoss({
      connectionString: database.url,
      schema: JOB_SCHEMA,
      max: 1,
      migrate: false,
      supervise: false,
      schedule: false,
    });
    await boss.start();
    const started = Date.now();
    await boss.send('monitoring-tick', {}); // what the cron sends each minute
    await boss.stop({ graceful: false });
    const expected = FEEDS * ITEMS;
    let polled = 0;
    let pollsDoneAt = 0;
    for (;;) {
      polled = await db.watchedSource.count({ where: { lastFetchAt: { not: null } } });
      if (polled === FEEDS && !pollsDoneAt) pollsDoneAt = Date.now();
      const open = await db.feedItem.count({ where: { status: 'NEW' } });
      const all = await db.feedItem.count();
      if ((all >= expected && open === 0) || Date.now() - started > 30 * 60_000) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const seconds = (Date.now() - started) / 1000;
    const after = await databaseLoad(database.ownerUrl);
    const items = await db.feedItem.findMany({
      select: { createdAt: true, status: true, article: { select: { createdAt: true } } },
    });
    const latency = items
      .filter((item) => item.article)
      .map((item) => item.article!.createdAt.getTime() - item.createdAt.getTime())
      .sort((a, b) => a - b);
    const articles = await db.article.count({ where: { watchedSourceId: { not: null } } });
    const pageFetches = [...site.hits.entries()].filter(([p]) => p.startsWith('/articles/'));
    const fetchedTwice = pageFetches.filter(([, n]) => n > 1).length;
    const claims = await db.claim.count({ where: { article: { watchedSourceId: { not: null } } } });
    const report = {
      feeds: FEEDS,
      itemsPerFeed: ITEMS,
      workers: WORKERS,
      database: database.url === database.ownerUrl ? 'embedded' : 'postgresql',
      seconds: Math.round(seconds),
      pollsPerMinute: Math.round((FEEDS / ((pollsDoneAt || Date.now()) - started)) * 60_000),
      importsPerMinute: Math.round((articles / seconds) * 60),
      modelledLoad: `${FEEDS} feeds / ${INTERVAL} min = ${(FEEDS / INTERVAL).toFixed(1)} polls/min and ${((FEEDS * ITEMS) / INTERVAL).toFixed(1)} new items/min if each poll brings ${ITEMS}`,
      importLatencyMs: {
        p50: percentile(latency, 50),
        p95: percentile(latency, 95),
        max: latency.at(-1) ?? 0,
      },
      articles,
      claims,
      statuses: Object.fromEntries(
        ['IMPORTED', 'DUPLICATE', 'FAILED', 'NEW'].map((s) => [
          s,
          items.filter((i) => i.status === s).length,
        ]),
      ),
      pagesFetchedTwice: fetchedTwice,
      database_load:
        before && after
          ? Object.fromEntries(
              Object.keys(after).map((k) => [
                `${k}PerSecond`,
                Math.round((after[k] - before[k]) / seconds),
              ]),
            )
          : 'not available on the embedded database',
    };
    console.log(JSON.stringify(report, null, 2));
    const ok = articles === expected && fetchedTwice === 0 && report.statuses.IMPORTED === expected;
    console.log(ok ? 'OK: every item imported once by the shared workers.' : 'FAILED: see above.');
    process.exitCode = ok ? 0 : 1;
  } finally {
    for (const worker of workers) worker.kill('SIGTERM');
    await db.$disconnect();
    await site.close();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
