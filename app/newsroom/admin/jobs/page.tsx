import type { Metadata } from 'next';
import {
  Table,
  TableBody,
  TableCell,
  TableEmptyRow,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
import { requirePageUser } from '@/lib/auth/page-guard';
import { getDeadLetters, getJobHealth } from '@/lib/data/job-health';
import { formatDateTime as when } from '@/lib/format';

export const metadata: Metadata = { title: 'Background jobs' };

export default async function JobsPage() {
  const admin = await requirePageUser('jobs.view', '/newsroom/admin/jobs');
  const [queues, dead] = await Promise.all([getJobHealth(admin), getDeadLetters(admin)]);
  return (
    <main className="flex flex-col gap-6">
      <h1 id="jobs-heading" className="text-xl font-semibold">
        Background jobs
      </h1>
      <p className="text-sm text-slate-700">
        Jobs run in the worker processes (<code>npm run worker</code>, or inside{' '}
        <code>npm start</code> on the embedded database). A failed job is retried with growing
        delays; one that keeps failing ends in the dead-letter list below.
      </p>
      <Table aria-labelledby="jobs-heading">
        <TableHeader>
          <tr>
            <TableHead>Job type</TableHead>
            <TableHead numeric>Queued</TableHead>
            <TableHead numeric>Running</TableHead>
            <TableHead numeric>Done (24 h)</TableHead>
            <TableHead numeric>Failed (24 h)</TableHead>
            <TableHead>Last run</TableHead>
            <TableHead>Last failure</TableHead>
          </tr>
        </TableHeader>
        <TableBody>
          {queues.map((queue) => (
            <TableRow key={queue.name}>
              <TableHead scope="row">
                {queue.label} <span className="text-xs text-slate-600">({queue.name})</span>
              </TableHead>
              <TableCell numeric>{queue.queued}</TableCell>
              <TableCell numeric>{queue.active}</TableCell>
              <TableCell numeric>{queue.completedDay}</TableCell>
              <TableCell numeric>{queue.failedDay}</TableCell>
              <TableCell>{when(queue.lastRunAt)}</TableCell>
              <TableCell>{when(queue.lastFailureAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <section aria-labelledby="dead-heading" className="flex flex-col gap-2">
        <h2 id="dead-heading" className="text-lg font-semibold">
          Dead letters
        </h2>
        <Table aria-labelledby="dead-heading">
          <TableHeader>
            <tr>
              <TableHead>Failed at</TableHead>
              <TableHead>Job type</TableHead>
              <TableHead>Payload</TableHead>
              <TableHead numeric>Retries</TableHead>
              <TableHead>Error</TableHead>
            </tr>
          </TableHeader>
          <TableBody>
            {dead.length === 0 ? (
              <TableEmptyRow columns={5}>No job has run out of retries.</TableEmptyRow>
            ) : (
              dead.map((job) => (
                <TableRow key={job.id}>
                  <TableCell>{when(job.at)}</TableCell>
                  <TableCell>{job.queue}</TableCell>
                  <TableCell>
                    <code className="text-xs">{job.data}</code>
                  </TableCell>
                  <TableCell numeric>{job.retries}</TableCell>
                  <TableCell>{job.error}</TableCell>
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </section>
    </main>
  );
}
