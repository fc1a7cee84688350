import 'server-only';
import PgBoss from 'pg-boss';
import { env } from '@/lib/env';
import { jobLog } from './log';
import { JOB_SCHEMA, type JobName, type JobPayloads } from './queues';

// One sender per process (kept on globalThis across dev reloads); workers install their own.
const globalForJobs = globalThis as unknown as { factdeskJobs?: Promise<PgBoss> };

async function startSender(): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: env.DATABASE_URL,
    schema: JOB_SCHEMA,
    max: 2,
    migrate: false,
    supervise: false,
    schedule: false,
  });
  boss.on('error', (error) => jobLog.error({ err: error }, 'job queue error'));
  await boss.start();
  return boss;
}

/** The process's pg-boss instance: the worker's when this process runs one, else a send-only one. */
export function jobQueue(): Promise<PgBoss> {
  const started = (globalForJobs.factdeskJobs ??= startSender());
  started.catch(() => {
    if (globalForJobs.factdeskJobs === started) globalForJobs.factdeskJobs = undefined;
  });
  return started;
}

/** Stops this process's send-only instance, if one was started (scripts and tests, at exit). */
export async function stopJobQueue(): Promise<void> {
  const started = globalForJobs.factdeskJobs;
  globalForJobs.factdeskJobs = undefined;
  const boss = await started?.catch(() => undefined);
  await boss?.stop({ graceful: false, wait: true });
}

export function setProcessJobQueue(boss: PgBoss | undefined): void {
  globalForJobs.factdeskJobs = boss ? Promise.resolve(boss) : undefined;
}

/** Queues a job; null when a singleton/stately queue already holds one for the same key. */
export async function sendJob<N extends JobName>(
  name: N,
  data: JobPayloads[N],
  options: PgBoss.SendOptions = {},
): Promise<string | null> {
  const { JOB_EXPIRE_SECONDS: expireInSeconds, JOB_RETRY_DELAY_SECONDS: retryDelay } = env;
  return (await jobQueue()).send(name, data, {
    ...(expireInSeconds ? { expireInSeconds } : {}),
    ...(retryDelay ? { retryDelay } : {}),
    ...options,
  });
}
