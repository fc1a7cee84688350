// `npm run worker`: job workers only (media monitoring, URL imports), on DATABASE_URL. Run as many
// as you like beside the app instances; they share the queues in the database.
//   WORKER_CONCURRENCY   jobs of each type at once in this process (default 2)
//   WORKER_QUEUES        comma-separated job types to run (default all; the feed tick only with
//                        monitoring-tick among them), e.g. article-extraction for an extraction worker
//   (DATABASE_URL and NEXTAUTH_SECRET as for `npm start` on PostgreSQL)
import '@/lib/check-env-on-start';

async function main() {
  const { startWorker } = await import('@/lib/jobs/worker');
  const { JOB_NAMES } = await import('@/lib/jobs/queues');
  const queues = process.env.WORKER_QUEUES?.split(',').map((name) => name.trim());
  const unknown = queues?.filter((name) => !(JOB_NAMES as string[]).includes(name));
  if (unknown?.length) throw new Error(`unknown job types in WORKER_QUEUES: ${unknown.join(', ')}`);
  const worker = await startWorker({
    concurrency: Number(process.env.WORKER_CONCURRENCY ?? 2),
    queues: queues as typeof JOB_NAMES | undefined,
    schedule: !queues || queues.includes('monitoring-tick'),
  });
  console.log('factdesk worker: running; Ctrl-C stops after the jobs in hand finish.');
  const stop = () => void worker.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`factdesk worker: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
