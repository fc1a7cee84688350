// The job types, their payloads and their retry policy: one table, read by the installer (as the
// owner, at migration time), by senders and by the worker.
import type PgBoss from 'pg-boss';

export const JOB_SCHEMA = 'pgboss';
export const DEAD_LETTER_QUEUE = 'dead-letter';

export interface JobPayloads {
  /** Every minute (cron): queue a poll for each watched source that is due. */
  'monitoring-tick': Record<string, never>;
  /** Fetch one watched feed (conditional GET) and queue an import per new item. */
  'monitoring-poll': { sourceId: string };
  /** Read one feed item's page through the URL import, de-duplicate, save, extract claims. */
  'article-import-url': { feedItemId: string };
  /** Extract and save the claims of a long article saved without them, then match them. */
  'article-extraction': { articleId: string };
  /** Find and store "seen before" candidates for the claims of a long article just imported. */
  'claim-matching': { articleId: string };
}

export type JobName = keyof JobPayloads;

type QueueOptions = Omit<PgBoss.Queue, 'name'>;

const retried = {
  retryLimit: 4,
  retryDelay: 30,
  retryBackoff: true,
  deadLetter: DEAD_LETTER_QUEUE,
};

export const QUEUES: Record<JobName, QueueOptions & { label: string }> = {
  'monitoring-tick': {
    label: 'Find due feeds',
    policy: 'singleton',
    retryLimit: 0,
    expireInSeconds: 60,
  },
  // stately: at most one queued and one running poll per source (singletonKey = source id).
  'monitoring-poll': { label: 'Poll a feed', policy: 'stately', expireInSeconds: 120, ...retried },
  'article-import-url': {
    label: 'Import an article',
    policy: 'standard',
    expireInSeconds: 120,
    ...retried,
  },
  'article-extraction': {
    label: 'Extract claims',
    policy: 'standard',
    expireInSeconds: 300,
    ...retried,
  },
  'claim-matching': {
    label: 'Match new claims',
    policy: 'standard',
    expireInSeconds: 600,
    ...retried,
  },
};

export const JOB_NAMES = Object.keys(QUEUES) as JobName[];

/** Failed jobs that ran out of retries land here (pg-boss copies them); nobody works this queue. */
export const DEAD_LETTER_OPTIONS: QueueOptions = {
  policy: 'standard',
  retentionMinutes: 60 * 24 * 30,
};

export const TICK_CRON = '* * * * *';
