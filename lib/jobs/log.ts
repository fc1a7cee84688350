import pino from 'pino';

/** One JSON line per job event on stdout (level via JOB_LOG_LEVEL). */
export const jobLog = pino({ name: 'factdesk-jobs', level: process.env.JOB_LOG_LEVEL ?? 'info' });
