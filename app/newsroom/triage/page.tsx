import { countLabel } from '@/components/newsroom/pagination';
import type { Metadata } from 'next';
import Link from 'next/link';
import { TriageRowActions } from '@/components/monitoring/triage-row-actions';
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
import { getTriageQueue } from '@/lib/data/triage';
import { formatAge } from '@/lib/format';
import { TRIAGE_SORTS, type TriageSort } from '@/lib/monitoring/triage-rank';
import { moveOptionsFor } from '@/lib/workflow/move-options';

export const metadata: Metadata = { title: 'Triage' };

const percent = (value: number) => `${Math.round(value * 100)}%`;

export default async function TriagePage({
  searchParams,
}: {
  searchParams: Promise<{ sort?: string }>;
}) {
  const user = await requirePageUser('claims.view', '/newsroom/triage');
  const requested = (await searchParams).sort;
  const sort: TriageSort =
    requested && requested in TRIAGE_SORTS ? (requested as TriageSort) : 'priority';
  const { rows, total, capped } = await getTriageQueue(user, sort);
  const options = moveOptionsFor(user.role, 'EXTRACTED', false);
  return (
    <main className="flex flex-col gap-4">
      <h1 id="triage-heading" className="text-xl font-semibold">
        Triage
      </h1>
      <p className="text-sm text-slate-700">
        Incoming check-worthy claims not yet picked up ({countLabel(total, capped)}). “All signals”
        adds check-worthiness, similarity to a claim already checked, a followed speaker and recency
        (halving every two days), each counted 0 to 1.
      </p>
      <nav aria-label="Order" className="flex flex-wrap gap-3 text-sm">
        {Object.entries(TRIAGE_SORTS).map(([key, label]) => (
          <Link
            key={key}
            href={`/newsroom/triage?sort=${key}`}
            aria-current={key === sort ? 'page' : undefined}
            className={key === sort ? 'font-semibold text-slate-900' : 'text-blue-800'}
          >
            {label}
          </Link>
        ))}
      </nav>
      <Table aria-labelledby="triage-heading">
        <TableHeader>
          <tr>
            <TableHead>Claim</TableHead>
            <TableHead>Speaker</TableHead>
            <TableHead>Article</TableHead>
            <TableHead numeric>Check-worthy</TableHead>
            <TableHead numeric>Seen before</TableHead>
            <TableHead>Arrived</TableHead>
            <TableHead>Decide</TableHead>
          </tr>
        </TableHeader>
        <TableBody>
          {rows.length === 0 ? (
            <TableEmptyRow columns={7}>Nothing waits for triage.</TableEmptyRow>
          ) : (
            rows.map((row) => (
              <TableRow key={row.id}>
                <TableHead scope="row" className="max-w-md font-normal">
                  <Link href={`/newsroom/claims/${row.id}`}>{row.text}</Link>
                </TableHead>
                <TableCell>
                  {row.speaker ?? '—'}
                  {row.watchedSpeaker ? (
                    <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900">
                      followed
                    </span>
                  ) : null}
                </TableCell>
                <TableCell>
                  <Link href={`/newsroom/articles/${row.article.id}`}>{row.article.title}</Link>
                  {row.article.source ? (
                    <span className="block text-xs text-slate-600">via {row.article.source}</span>
                  ) : null}
                </TableCell>
                <TableCell numeric>{percent(row.checkworthiness)}</TableCell>
                <TableCell numeric>
                  {row.priorMatchScore == null ? (
                    '—'
                  ) : (
                    // One click to the claim's "Seen before": confirm the match, reuse the verdict.
                    <Link
                      href={`/newsroom/claims/${row.id}#seen-before`}
                      aria-label={`Seen before, ${percent(row.priorMatchScore)} alike: link to the existing verdict`}
                    >
                      {percent(row.priorMatchScore)}
                    </Link>
                  )}
                </TableCell>
                <TableCell>{formatAge(row.createdAt)} ago</TableCell>
                <TableCell>
                  <TriageRowActions claimId={row.id} version={row.version} options={options} />
                </TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </main>
  );
}
