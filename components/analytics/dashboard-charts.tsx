import { ChartFigure, DataTable } from '@/components/analytics/chart-figure';
import { plotSvg, Plot } from '@/lib/charts/plot-svg';
import type { DashboardData } from '@/lib/data/analytics/dashboard';
import { OPEN_STATES } from '@/lib/data/analytics/open-states';
import { ratingName, type RatingScale } from '@/lib/ratings';
import { CLAIM_STATES, STATE_LABELS } from '@/lib/workflow/states';

const day = (date: Date) => date.toISOString().slice(0, 10);
const fixed = (value: number) => value.toFixed(1);
/** The rating scale's names and colours in its order, for a chart's colour scale and table columns. */
const ratingColours = (scale: RatingScale) => ({
  legend: true,
  domain: scale.entries.map((entry) => entry.name),
  range: scale.entries.map((entry) => entry.colour),
});

export function BacklogCharts({ data }: { data: DashboardData }) {
  const overTime = data.backlogOverTime.flatMap(({ week, counts }) =>
    OPEN_STATES.map((state) => ({ week, state: STATE_LABELS[state], count: counts[state] ?? 0 })),
  );
  const now = Object.fromEntries(data.backlogNow.map((row) => [row.state, row.count]));
  const today = CLAIM_STATES.map((state) => ({
    state: STATE_LABELS[state],
    count: now[state] ?? 0,
  }));
  return (
    <>
      <ChartFigure
        id="backlog-over-time"
        title="Backlog by state over time (end of each week)"
        svg={
          overTime.length
            ? plotSvg({
                ariaLabel: 'Stacked area chart of open claims per state, week by week',
                color: { legend: true, domain: OPEN_STATES.map((s) => STATE_LABELS[s]) },
                y: { label: 'Open claims', grid: true },
                x: { label: 'Week' },
                marks: [
                  Plot.areaY(overTime, {
                    x: 'week',
                    y: 'count',
                    fill: 'state',
                    order: OPEN_STATES.map((s) => STATE_LABELS[s]),
                  }),
                  Plot.ruleY([0]),
                ],
              })
            : null
        }
        table={
          <DataTable
            caption="Open claims per state at the end of each week"
            columns={['Week of', ...OPEN_STATES.map((s) => STATE_LABELS[s])]}
            rows={data.backlogOverTime.map(({ week, counts }) => [
              day(week),
              ...OPEN_STATES.map((state) => counts[state] ?? 0),
            ])}
          />
        }
      />
      <ChartFigure
        id="backlog-today"
        title="Backlog today by state"
        svg={plotSvg({
          ariaLabel: 'Bar chart of claims per state today',
          x: { label: null, domain: today.map((row) => row.state) },
          y: { label: 'Claims', grid: true },
          marks: [Plot.barY(today, { x: 'state', y: 'count', fill: '#1e40af' }), Plot.ruleY([0])],
        })}
        table={
          <DataTable
            caption="Claims per state today"
            columns={['State', 'Claims']}
            rows={today.map((row) => [row.state, row.count])}
          />
        }
      />
    </>
  );
}

function DurationChart({
  id,
  title,
  rows,
}: {
  id: string;
  title: string;
  rows: DashboardData['importToPublication'];
}) {
  const points = rows.flatMap((row) => [
    { week: row.week, measure: 'Median', days: row.medianDays },
    { week: row.week, measure: '90th percentile', days: row.p90Days },
  ]);
  return (
    <ChartFigure
      id={id}
      title={title}
      svg={
        rows.length
          ? plotSvg({
              ariaLabel: `${title}: median and 90th percentile in days, per week`,
              color: { legend: true },
              y: { label: 'Days', grid: true },
              x: { label: 'Week' },
              marks: [
                Plot.lineY(points, { x: 'week', y: 'days', stroke: 'measure', marker: 'dot' }),
                Plot.ruleY([0]),
              ],
            })
          : null
      }
      table={
        <DataTable
          caption={title}
          columns={['Week of', 'Claims', 'Median (days)', '90th percentile (days)']}
          rows={rows.map((row) => [
            day(row.week),
            row.count,
            fixed(row.medianDays),
            fixed(row.p90Days),
          ])}
        />
      }
    />
  );
}

export function TimingCharts({ data }: { data: DashboardData }) {
  return (
    <>
      <DurationChart
        id="import-to-publication"
        title="Time from import to publication"
        rows={data.importToPublication}
      />
      <DurationChart
        id="submission-to-approval"
        title="Time from submission to approval"
        rows={data.submissionToApproval}
      />
    </>
  );
}

export function ThroughputChart({ data }: { data: DashboardData }) {
  const scale = data.ratingScale;
  const rows = data.throughput.map((row) => ({ ...row, label: ratingName(scale, row.rating) }));
  const weeks = [...new Set(rows.map((row) => day(row.week)))];
  return (
    <ChartFigure
      id="throughput"
      title="Claims published per week, by rating"
      svg={
        rows.length
          ? plotSvg({
              ariaLabel: 'Stacked bar chart of first publications per week by rating',
              color: ratingColours(scale),
              x: { label: 'Week of', type: 'band', tickFormat: (d: Date) => day(d) },
              y: { label: 'Published', grid: true },
              marks: [Plot.barY(rows, { x: 'week', y: 'count', fill: 'label' }), Plot.ruleY([0])],
            })
          : null
      }
      table={
        <DataTable
          caption="Claims published per week, by rating"
          columns={['Week of', ...scale.entries.map((entry) => entry.name)]}
          rows={weeks.map((week) => [
            week,
            ...scale.entries.map(
              ({ key }) =>
                rows.find((row) => day(row.week) === week && row.rating === key)?.count ?? 0,
            ),
          ])}
        />
      }
    />
  );
}

export function RatingsChart({
  id,
  title,
  rows,
  ratingScale,
}: {
  id: string;
  title: string;
  rows: DashboardData['ratingsBySpeaker'];
  ratingScale: RatingScale;
}) {
  const labelled = rows.map((row) => ({ ...row, label: ratingName(ratingScale, row.rating) }));
  const names = [...new Set(rows.map((row) => row.name))];
  return (
    <ChartFigure
      id={id}
      title={title}
      svg={
        rows.length
          ? plotSvg({
              ariaLabel: `${title}: stacked bars of verdicts per rating`,
              height: 40 + names.length * 22,
              marginLeft: 160,
              color: ratingColours(ratingScale),
              x: { label: 'Verdicts', grid: true },
              y: { label: null },
              marks: [
                Plot.barX(labelled, { y: 'name', x: 'count', fill: 'label', sort: { y: '-x' } }),
              ],
            })
          : null
      }
      table={
        <DataTable
          caption={title}
          columns={['Name', ...ratingScale.entries.map((entry) => entry.name)]}
          rows={names.map((name) => [
            name,
            ...ratingScale.entries.map(
              ({ key }) => rows.find((row) => row.name === name && row.rating === key)?.count ?? 0,
            ),
          ])}
        />
      }
    />
  );
}
