import 'server-only';
import PgBoss from 'pg-boss';
import { env } from '@/lib/env';
import { setProcessJobQueue } from './client';
import { HANDLERS } from './handlers';
import { jobLog } from './log';
import { JOB_NAMES, JOB_SCHEMA, TICK_CRON, type JobName, type JobPayloads } from './queues';

export interface WorkerOptions {
  /** How often an idle worker asks for jobs (pg-boss polls; 2 s by default). */
  pollingIntervalSeconds?: number;
  /** Jobs of each type run at the same time in this process. */
  concurrency?: number;
  /** Register the once-a-minute tick that finds due feeds (one cron entry, shared by all workers). */
  schedule?: boolean;
  /** The job types this worker runs (all by default), e.g. a worker only for extraction. */
  queues?: readonly JobName[];
}

export interface RunningWorker {
  boss: PgBoss;
  stop(options?: { graceful?: boolean }): Promise<void>;
}

/**
 * Starts a worker on DATABASE_URL: pg-boss fetches jobs with SELECT … FOR UPDATE SKIP LOCKED, so
 * any number of workers share the queues, and a job whose worker died is retried once it expires.
 */
export async function startWorker(options: WorkerOptions = {}): Promise<RunningWorker> {
  const {
    pollingIntervalSeconds = 2,
    concurrency = 2,
    schedule = true,
    queues = JOB_NAMES,
  } = options;
  const boss = new PgBoss({
    connectionString: env.DATABASE_URL,
    schema: JOB_SCHEMA,
    max: concurrency + 2,
    migrate: false,
    supervise: true,
    schedule,
    ...(env.JOB_MAINTENANCE_SECONDS
      ? { maintenanceIntervalSeconds: env.JOB_MAINTENANCE_SECONDS }
      : {}),
  });
  boss.on('error', (error) => jobLog.error({ err: error }, 'job queue error'));
  await boss.start();
  setProcessJobQueue(boss);
  if (schedule) await boss.schedule('monitoring-tick', TICK_CRON, {});
  for (const name of queues)
    for (let i = 0; i < concurrency; i++)
      await boss.work<JobPayloads[JobName]>(
        name,
        { pollingIntervalSeconds, batchSize: 1 },
        async ([job]) => {
          const started = Date.now();
          try {
            const result = await (HANDLERS[name] as (data: unknown) => Promise<unknown>)(job.data);
            jobLog.info({ job: name, id: job.id, ms: Date.now() - started, result }, 'job done');
            return result;
          } catch (error) {
            jobLog.warn({ job: name, id: job.id, err: error }, 'job failed; the queue retries it');
            throw error;
          }
        },
      );
  return {
    boss,
    async stop({ graceful = true } = {}) {
      await boss.stop({ graceful, timeout: 15_000, wait: true });
      setProcessJobQueue(undefined);
    },
  };
}
