import { ChartFigure, DataTable } from '@/components/analytics/chart-figure';
import { plotSvg, Plot } from '@/lib/charts/plot-svg';
import type { PublicSpeaker } from '@/lib/data/public/speakers';
import { ratingName, type RatingScale } from '@/lib/ratings';

/** A speaker's record as server-rendered SVG charts with their data tables: no script reaches the reader. */
export function SpeakerRecord({
  speaker,
  ratingScale,
}: {
  speaker: PublicSpeaker;
  ratingScale: RatingScale;
}) {
  const colour = {
    domain: ratingScale.entries.map((entry) => entry.name),
    range: ratingScale.entries.map((entry) => entry.colour),
  };
  const tally = speaker.tally.map(({ rating, count }) => ({
    label: ratingName(ratingScale, rating),
    count,
  }));
  const byYear = new Map<string, Map<string, number>>();
  for (const row of speaker.byYear) {
    const year = String(row.year);
    const label = ratingName(ratingScale, row.rating);
    const counts = byYear.get(year) ?? new Map<string, number>();
    counts.set(label, (counts.get(label) ?? 0) + row.count);
    byYear.set(year, counts);
  }
  const years = [...byYear.keys()].sort();
  const overTime = years.flatMap((year) =>
    [...byYear.get(year)!].map(([label, count]) => ({ year, label, count })),
  );
  return (
    <div className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-2">
      <ChartFigure
        id="rating-distribution"
        title="Rating distribution"
        svg={plotSvg({
          ariaLabel: `Bar chart: ${speaker.name}'s verdicts per rating`,
          height: 40 + tally.length * 28,
          marginLeft: 100,
          color: colour,
          x: { label: 'Verdicts', grid: true },
          y: { label: null, domain: tally.map((t) => t.label) },
          marks: [Plot.barX(tally, { y: 'label', x: 'count', fill: 'label' }), Plot.ruleX([0])],
        })}
        table={
          <DataTable
            caption="Verdicts per rating"
            columns={['Rating', 'Verdicts']}
            rows={tally.map((t) => [t.label, t.count])}
          />
        }
      />
      <ChartFigure
        id="verdicts-over-time"
        title="Verdicts over time"
        svg={plotSvg({
          ariaLabel: `Stacked bar chart: ${speaker.name}'s verdicts per year, by rating`,
          color: { ...colour, legend: true },
          x: { label: 'Year of first publication', type: 'band' },
          y: { label: 'Verdicts', grid: true },
          marks: [Plot.barY(overTime, { x: 'year', y: 'count', fill: 'label' }), Plot.ruleY([0])],
        })}
        table={
          <DataTable
            caption="Verdicts per year, by rating"
            columns={['Year', ...colour.domain]}
            rows={years.map((year) => [
              year,
              ...colour.domain.map((label) => byYear.get(year)!.get(label) ?? 0),
            ])}
          />
        }
      />
    </div>
  );
}
