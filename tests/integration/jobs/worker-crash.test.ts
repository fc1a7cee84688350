// Crash safety, tested: a real worker process (scripts/worker.ts) takes an extraction job and is
// killed with SIGKILL in the middle of it; pg-boss expires the job and a second worker process
// retries it. The article and its claims exist exactly once. Expiry and retry delay are pg-boss's
// own, shortened through JOB_EXPIRE_SECONDS / JOB_RETRY_DELAY_SECONDS / JOB_MAINTENANCE_SECONDS.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';

const EXPIRE_SECONDS = 30;
process.env.JOB_EXPIRE_SECONDS = String(EXPIRE_SECONDS);
process.env.JOB_RETRY_DELAY_SECONDS = '1';
// The app modules read the environment once, when first imported.
const { claimRecordsFor } = await import('@/lib/articles/claim-records');
const { createArticle } = await import('@/lib/data/article-import');
const { db } = await import('@/lib/db');
const { stopJobQueue } = await import('@/lib/jobs/client');
const { actor, longArticle } = await import('../articles/fixtures');

const root = path.resolve(__dirname, '..', '..', '..');
const workers = new Set<ChildProcess>();

/** `npm run worker`, as a child process, working extraction jobs only, one at a time. */
function startWorkerProcess(): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    // tsx as a loader in this one process: its CLI runs the script in a child of its own, which a
    // SIGKILL to the CLI would leave running.
    ['--import', 'tsx', '--conditions=react-server', path.join(root, 'scripts/worker.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: inject('databaseUrl'),
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'crash-test-secret-0123456789abcdef',
        WORKER_QUEUES: 'article-extraction',
        WORKER_CONCURRENCY: '1',
        JOB_MAINTENANCE_SECONDS: '1',
        JOB_LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  workers.add(child);
  child.on('exit', () => workers.delete(child));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (chunk.toString().includes('worker: running')) resolve(child);
    });
    child.on('exit', (code, signal) => reject(new Error(`worker exited (${code ?? signal})`)));
  });
}

afterAll(async () => {
  for (const child of workers) child.kill('SIGKILL');
  await stopJobQueue();
});

interface JobRow {
  id: string;
  state: string;
  retry_count: number;
}

const jobOf = async (client: pg.Client | null, articleId: string): Promise<JobRow | undefined> => {
  const sql = `SELECT id::text, state::text, retry_count FROM pgboss.job
                WHERE name = 'article-extraction' AND data->>'articleId' = $1
                ORDER BY created_on LIMIT 1`;
  if (client) return (await client.query<JobRow>(sql, [articleId])).rows[0];
  return (await db.$queryRawUnsafe<JobRow[]>(sql, articleId))[0];
};

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms: number) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a worker killed mid-job', { timeout: 240_000 }, () => {
  it('loses no job and duplicates nothing: another worker completes it once', async () => {
    const body = longArticle(100_000, `crash ${process.pid}-${Date.now()}`);
    const saved = await createArticle(await actor(), { title: 'Killed mid-job', body });
    expect(saved.extraction).toBe('PENDING');

    const holder = new pg.Client({ connectionString: inject('databaseUrl') });
    await holder.connect();
    const holdArticle = async () => {
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM "Article" WHERE id = $1 FOR UPDATE', [saved.id]);
    };
    try {
      let first: ChildProcess;
      if (inject('databaseServerUrl')) {
        // PostgreSQL: hold the article row, then start the worker: it takes the job, extracts the
        // claims and its transaction waits on this lock, surely mid-job.
        await holdArticle();
        first = await startWorkerProcess();
        await until(
          async () =>
            // Not on `holder`: a transaction sees one snapshot of pg_stat_activity.
            (
              await db.$queryRawUnsafe<{ n: number }[]>(
                `SELECT count(*)::int AS n FROM pg_stat_activity
                  WHERE datname = current_database() AND wait_event_type = 'Lock'
                    AND query LIKE '%FROM "Article"%FOR UPDATE%'`,
              )
            )[0].n,
          (waiting) => waiting > 0,
          120_000,
        );
      } else {
        // The embedded database runs one transaction at a time (an open one would stall the
        // worker's fetch): hold the row the moment the worker has the job, while it extracts
        // (CPU work, hundreds of ms); its transaction then waits for this one.
        first = await startWorkerProcess();
        await until(
          () => jobOf(null, saved.id),
          (job) => job?.state === 'active',
          120_000,
        );
        await holdArticle();
      }
      const held = await holder.query(
        'SELECT count(*)::int AS n FROM "Claim" WHERE "articleId" = $1',
        [saved.id],
      );
      expect(held.rows[0].n).toBe(0);
      const exited = new Promise((resolve) => first.once('exit', resolve));
      first.kill('SIGKILL');
      await exited;
      expect((await jobOf(holder, saved.id))?.state).toBe('active');
    } finally {
      await holder.query('ROLLBACK').catch(() => {});
      await holder.end();
    }
    // Nothing of the killed run was kept.
    expect(await db.claim.count({ where: { articleId: saved.id } })).toBe(0);

    await startWorkerProcess();
    const job = await until(
      () => jobOf(null, saved.id),
      (found) => found?.state === 'completed',
      EXPIRE_SECONDS * 1000 + 120_000,
    );
    // Failed by pg-boss's expiry, then retried: the second worker's run is a retry.
    expect(job?.retry_count).toBeGreaterThanOrEqual(1);
    const article = await db.article.findUniqueOrThrow({ where: { id: saved.id } });
    expect(article.extraction).toBe('DONE');
    expect(await db.article.count({ where: { bodyHash: article.bodyHash } })).toBe(1);
    expect(await db.claim.count({ where: { articleId: saved.id } })).toBe(
      claimRecordsFor(article.body).length,
    );
    const spans = await db.claim.groupBy({
      by: ['start', 'end'],
      where: { articleId: saved.id },
      _count: { _all: true },
    });
    expect(spans.filter((span) => span._count._all > 1)).toEqual([]);
    expect(
      await db.auditEvent.count({ where: { entityId: saved.id, action: 'article.extract' } }),
    ).toBe(1);
  });
});
