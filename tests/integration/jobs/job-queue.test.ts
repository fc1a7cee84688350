// The job queue on the test database (PostgreSQL through the app role, or the embedded one):
// installed by the migrations, usable by the app role, jobs run by a worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDeadLetters, getJobHealth } from '@/lib/data/job-health';
import { sendJob } from '@/lib/jobs/client';
import { JOB_NAMES } from '@/lib/jobs/queues';
import { startWorker, type RunningWorker } from '@/lib/jobs/worker';
import { actor } from '../../support/actors';

let worker: RunningWorker;

beforeAll(async () => {
  worker = await startWorker({ pollingIntervalSeconds: 0.5, schedule: false });
});
afterAll(async () => {
  await worker?.stop();
});

// Generous: on the single-threaded embedded database under a full test run a job took over 30 s.
async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 150_000) {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('job queue', { timeout: 180_000 }, () => {
  it('has every queue, and a worker completes a job the app queued', async () => {
    const queues = (await worker.boss.getQueues()).map((queue) => queue.name);
    for (const name of JOB_NAMES) expect(queues).toContain(name);
    const id = await sendJob('monitoring-poll', { sourceId: 'no-such-source' });
    expect(id).toBeTruthy();
    const job = await waitFor(
      () => worker.boss.getJobById('monitoring-poll', id!),
      (found) => found?.state === 'completed',
    );
    expect(job?.state).toBe('completed');
    expect(job?.output).toMatchObject({ value: 'skipped' });
  });

  it('shows queue health and dead letters to admins only', async () => {
    const admin = await actor('ADMIN');
    const health = await getJobHealth(admin);
    expect(health.map((queue) => queue.name)).toEqual(JOB_NAMES);
    const poll = health.find((queue) => queue.name === 'monitoring-poll')!;
    expect(poll.completedDay).toBeGreaterThanOrEqual(1);
    expect(poll.lastRunAt).toBeInstanceOf(Date);
    expect(Array.isArray(await getDeadLetters(admin))).toBe(true);
    await expect(getJobHealth(await actor('EDITOR'))).rejects.toThrow(/admins/);
  });
});
