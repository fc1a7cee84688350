import type { Metadata } from 'next';
import Link from 'next/link';
import { AddSourceForm } from '@/components/monitoring/add-source-form';
import { SourceRowControls } from '@/components/monitoring/source-row-controls';
import { SpeakerWatchList } from '@/components/monitoring/speaker-watch-list';
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
import { can } from '@/lib/auth/permissions';
import { listWatchedSpeakers } from '@/lib/data/triage';
import { listWatchedSources, type SourceHealth } from '@/lib/data/watched-sources';
import { formatAge } from '@/lib/format';

export const metadata: Metadata = { title: 'Media monitoring' };

const STATUS_WORDS: Record<string, string> = {
  ok: 'Read',
  not_modified: 'Unchanged since the last poll',
  error: 'Failed',
};

function health(source: SourceHealth): string {
  if (!source.lastFetchAt) return source.enabled ? 'Not polled yet (queued)' : 'Paused';
  const status = STATUS_WORDS[source.lastStatus ?? ''] ?? source.lastStatus ?? '';
  return `${status}, ${formatAge(source.lastFetchAt)} ago${source.lastError ? `: ${source.lastError}` : ''}`;
}

export default async function MonitoringPage() {
  const user = await requirePageUser('newsroom.view', '/newsroom/monitoring');
  const [sources, speakers] = await Promise.all([
    listWatchedSources(user),
    listWatchedSpeakers(user),
  ]);
  const canManage = can(user.role, 'monitoring.manage');
  return (
    <main className="flex flex-col gap-6">
      <h1 id="sources-heading" className="text-xl font-semibold">
        Media monitoring
      </h1>
      <p className="text-sm text-slate-700">
        Factdesk polls each source (RSS or Atom feed, or sitemap) at its interval, imports new
        articles through the URL import, skips ones already imported under the same address or with
        the same text, and sends their check-worthy claims to{' '}
        <Link href="/newsroom/triage">Triage</Link>.
      </p>
      <Table aria-labelledby="sources-heading">
        <TableHeader>
          <tr>
            <TableHead>Source</TableHead>
            <TableHead>Every</TableHead>
            <TableHead>Last fetch</TableHead>
            <TableHead numeric>Items found</TableHead>
            <TableHead numeric>Imported</TableHead>
            <TableHead numeric>Duplicates</TableHead>
            <TableHead numeric>Failed</TableHead>
            {canManage ? <TableHead>Change</TableHead> : null}
          </tr>
        </TableHeader>
        <TableBody>
          {sources.length === 0 ? (
            <TableEmptyRow columns={canManage ? 8 : 7}>No sources are watched yet.</TableEmptyRow>
          ) : (
            sources.map((source) => (
              <TableRow key={source.id}>
                <TableHead scope="row">
                  {source.name}
                  <span className="block text-xs font-normal break-all text-slate-600">
                    {source.url}
                  </span>
                </TableHead>
                <TableCell>{source.intervalMinutes} min</TableCell>
                <TableCell>{health(source)}</TableCell>
                <TableCell numeric>{source.itemsFound}</TableCell>
                <TableCell numeric>{source.itemsImported}</TableCell>
                <TableCell numeric>{source.itemsDuplicate}</TableCell>
                <TableCell numeric>
                  {source.itemsFailed}
                  {source.lastItemError ? (
                    <span className="block text-xs text-red-800">{source.lastItemError}</span>
                  ) : null}
                </TableCell>
                {canManage ? (
                  <TableCell>
                    <SourceRowControls source={source} />
                  </TableCell>
                ) : null}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
      {canManage ? (
        <section aria-labelledby="add-source-heading">
          <h2 id="add-source-heading" className="mb-2 text-lg font-semibold">
            Add a source
          </h2>
          <AddSourceForm />
        </section>
      ) : null}
      <section aria-labelledby="speakers-heading">
        <h2 id="speakers-heading" className="mb-2 text-lg font-semibold">
          Speaker watch list
        </h2>
        <SpeakerWatchList speakers={speakers} canManage={canManage} />
      </section>
    </main>
  );
}
