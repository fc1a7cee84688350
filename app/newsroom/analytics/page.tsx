import type { Metadata } from 'next';
import Link from 'next/link';
import { AnalyticsFilterForm } from '@/components/analytics/analytics-filter-form';
import { DataTable } from '@/components/analytics/chart-figure';
import {
  BacklogCharts,
  RatingsChart,
  ThroughputChart,
  TimingCharts,
} from '@/components/analytics/dashboard-charts';
import { requirePageUser } from '@/lib/auth/page-guard';
import { getDashboard, type DashboardData } from '@/lib/data/analytics/dashboard';
import { STATE_LABELS } from '@/lib/workflow/states';

export const metadata: Metadata = { title: 'Analytics' };

const percent = (part: number, whole: number) =>
  whole ? `${Math.round((part / whole) * 100)}%` : '—';

function Figures({ data }: { data: DashboardData }) {
  const { figures, quality } = data;
  const items: [string, string | number][] = [
    ['Claims imported', figures.imported],
    ['Claims published', figures.published],
    ['Imported claims dismissed', figures.dismissed],
    ['Check-worthy share', percent(figures.checkworthy, figures.imported)],
    ['Claims added by hand', quality.handAdded],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
      {items.map(([label, value], index) => (
        <div key={label} className="rounded border border-slate-300 p-3">
          <dt id={`figure-${index}`} className="text-sm text-slate-700">
            {label}
          </dt>
          <dd aria-labelledby={`figure-${index}`} className="text-2xl font-semibold tabular-nums">
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="flex flex-col gap-3">
      <h2 className="text-lg font-semibold">{title}</h2>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">{children}</div>
    </section>
  );
}

export default async function AnalyticsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser('analytics.view', '/newsroom/analytics');
  const { filters, error, data, outlets, colleagues } = await getDashboard(
    user,
    await searchParams,
  );
  return (
    <main className="flex flex-col gap-6">
      <h1 className="text-xl font-semibold">Analytics</h1>
      <AnalyticsFilterForm filters={filters} outlets={outlets} colleagues={colleagues} />
      {error || !data ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            From {filters.from} to {filters.to} (UTC days, both included).
          </p>
          <Figures data={data} />
          <Section title="Backlog">
            <BacklogCharts data={data} />
          </Section>
          <Section title="Time to publish">
            <TimingCharts data={data} />
            <div>
              <h3 className="mb-1 font-semibold">Slowest open claims</h3>
              <DataTable
                caption="Open claims imported longest ago"
                columns={['Claim', 'State', 'Imported']}
                rows={data.slowest.map((claim) => [
                  claim.text.length > 90 ? `${claim.text.slice(0, 90)}…` : claim.text,
                  STATE_LABELS[claim.state],
                  claim.createdAt.toISOString().slice(0, 10),
                ])}
              />
            </div>
          </Section>
          <Section title="Throughput and workload">
            <ThroughputChart data={data} />
            <div>
              <h3 className="mb-1 font-semibold">Workload per person</h3>
              <DataTable
                caption="Open claims per assignee"
                columns={['Person', 'Assigned (open)', 'In review', 'Overdue']}
                rows={data.workload.map((row) => [
                  row.name,
                  row.assigned,
                  row.inReview,
                  row.overdue,
                ])}
              />
            </div>
          </Section>
          <Section title="Ratings">
            <RatingsChart
              id="ratings-speaker"
              title="Ratings by speaker (top 20)"
              rows={data.ratingsBySpeaker}
              ratingScale={data.ratingScale}
            />
            <RatingsChart
              id="ratings-outlet"
              title="Ratings by outlet (top 20)"
              rows={data.ratingsByOutlet}
              ratingScale={data.ratingScale}
            />
          </Section>
          <Section title="Extraction quality">
            <div>
              <h3 className="mb-1 font-semibold">Check-worthy share per source of articles</h3>
              <DataTable
                caption="Claims imported per outlet and the share marked check-worthy"
                columns={['Outlet', 'Claims imported', 'Check-worthy']}
                rows={data.checkworthy.map((row) => [
                  row.outlet,
                  row.claims,
                  percent(row.checkworthy, row.claims),
                ])}
              />
            </div>
            <div>
              <h3 className="mb-1 font-semibold">Extracted claims dismissed, by reason</h3>
              <DataTable
                caption="Imported claims dismissed, by reason"
                columns={['Reason', 'Claims', 'Share of imported']}
                rows={data.quality.dismissed.map((row) => [
                  row.reason,
                  row.count,
                  percent(row.count, data.figures.imported),
                ])}
              />
              <p className="mt-2 text-sm text-slate-700">
                Many dismissals or claims added by hand mean the extraction needs work; export the
                decisions with <code>npm run export:training-data</code>. The{' '}
                <Link href="/newsroom/claims" className="text-blue-800 underline">
                  claims queue
                </Link>{' '}
                exports its current filter as CSV or JSON.
              </p>
            </div>
          </Section>
        </>
      )}
    </main>
  );
}
