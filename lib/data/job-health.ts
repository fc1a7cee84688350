import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import { DEAD_LETTER_QUEUE, JOB_NAMES, JOB_SCHEMA, QUEUES } from '@/lib/jobs/queues';

export interface QueueHealth {
  name: string;
  label: string;
  queued: number;
  active: number;
  completedDay: number;
  failedDay: number;
  lastRunAt: Date | null;
  lastFailureAt: Date | null;
}

export interface FailedJob {
  id: string;
  queue: string;
  data: string;
  error: string;
  retries: number;
  at: Date | null;
}

const S = JOB_SCHEMA;
// Jobs live in "job" until pg-boss archives them (after 12 hours) into "archive".
const ALL_JOBS = `(SELECT name, state, completed_on FROM ${S}.job UNION ALL SELECT name, state, completed_on FROM ${S}.archive)`;

function errorText(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output)
    return String((output as { message: unknown }).message);
  return output ? JSON.stringify(output).slice(0, 300) : '';
}

/** Per job type: queue depth, runs and failures over the last 24 hours, last run; for admins. */
export async function getJobHealth(actor: SessionUser | null): Promise<QueueHealth[]> {
  assertCan(actor, 'jobs.view');
  const rows = await db.$queryRawUnsafe<
    {
      name: string;
      queued: number;
      active: number;
      completed_day: number;
      failed_day: number;
      last_run: Date | null;
      last_failure: Date | null;
    }[]
  >(
    `SELECT name,
        count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS queued,
        count(*) FILTER (WHERE state = 'active')::int AS active,
        count(*) FILTER (WHERE state = 'completed' AND completed_on > now() - interval '1 day')::int AS completed_day,
        count(*) FILTER (WHERE state = 'failed' AND completed_on > now() - interval '1 day')::int AS failed_day,
        max(completed_on) FILTER (WHERE state = 'completed') AS last_run,
        max(completed_on) FILTER (WHERE state = 'failed') AS last_failure
      FROM ${ALL_JOBS} jobs GROUP BY name`,
  );
  const byName = new Map(rows.map((row) => [row.name, row]));
  return JOB_NAMES.map((name) => {
    const row = byName.get(name);
    return {
      name,
      label: QUEUES[name].label,
      queued: row?.queued ?? 0,
      active: row?.active ?? 0,
      completedDay: row?.completed_day ?? 0,
      failedDay: row?.failed_day ?? 0,
      lastRunAt: row?.last_run ?? null,
      lastFailureAt: row?.last_failure ?? null,
    };
  });
}

/**
 * Jobs that ran out of retries, newest first: the dead-letter view. (pg-boss also copies each into
 * the "dead-letter" queue, which nobody works, so they outlive the originals' retention.)
 */
export async function getDeadLetters(actor: SessionUser | null, limit = 50): Promise<FailedJob[]> {
  assertCan(actor, 'jobs.view');
  const rows = await db.$queryRawUnsafe<
    {
      id: string;
      name: string;
      data: unknown;
      output: unknown;
      retry_count: number;
      completed_on: Date | null;
    }[]
  >(
    `SELECT id::text, name, data, output, retry_count, completed_on FROM (
        SELECT id, name, data, output, retry_count, completed_on, state FROM ${S}.job
        UNION ALL SELECT id, name, data, output, retry_count, completed_on, state FROM ${S}.archive
      ) jobs WHERE state = 'failed' AND name <> $1
      ORDER BY completed_on DESC NULLS LAST LIMIT $2`,
    DEAD_LETTER_QUEUE,
    limit,
  );
  return rows.map((row) => ({
    id: row.id,
    queue: row.name,
    data: JSON.stringify(row.data ?? {}),
    error: errorText(row.output),
    retries: row.retry_count,
    at: row.completed_on,
  }));
}
