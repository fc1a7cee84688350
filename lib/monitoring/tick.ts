import 'server-only';
import { db } from '@/lib/db';
import { sendJob } from '@/lib/jobs/client';

/** Queues a poll for every enabled source that is due; a source already queued is not queued twice. */
export async function enqueueDuePolls(now = new Date()): Promise<number> {
  const due = await db.watchedSource.findMany({
    where: { enabled: true, nextPollAt: { lte: now } },
    select: { id: true },
    orderBy: { nextPollAt: 'asc' },
    take: 5000,
  });
  let queued = 0;
  for (const { id } of due)
    if (await sendJob('monitoring-poll', { sourceId: id }, { singletonKey: id })) queued++;
  return queued;
}
