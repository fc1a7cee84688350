// The load bench's two tables (pure: figures in, Markdown rows out).
import {
  formatMs,
  formatQueries,
  formatRate,
  formatRatio,
  markdownTable,
  type RunFigures,
} from './bench-stats';

const failed = (figures: RunFigures) => String(figures.unexpected + figures.errors);

/** Database ids (cuids) in a path shown as `:id`, so tables from different databases compare. */
export const displayPath = (path: string) => path.replace(/\/[a-z0-9]{20,}(?=$|[/?])/g, '/:id');

export interface PublicRow {
  name: string;
  path: string;
  app: RunFigures;
  bare: RunFigures;
}

/** Reader routes beside the bare copy of the same bytes and Next's prerendered page. */
export function publicTable(rows: PublicRow[], nextPrerendered: RunFigures | null): string {
  return markdownTable(
    [
      'route',
      'path',
      'req/s',
      'p50 ms',
      'p99 ms',
      'bare copy req/s',
      '% of bare',
      '% of Next prerendered',
      'queries/req',
      'failed',
    ],
    rows.map(({ name, path, app, bare }) => [
      name,
      `\`${path}\``,
      formatRate(app.rps),
      formatMs(app.p50),
      formatMs(app.p99),
      formatRate(bare.rps),
      formatRatio(app.rps, bare.rps),
      nextPrerendered ? formatRatio(app.rps, nextPrerendered.rps) : '–',
      formatQueries(app.queriesPerRequest),
      failed(app),
    ]),
  );
}

export function newsroomTable(rows: { name: string; path: string; app: RunFigures }[]): string {
  return markdownTable(
    [
      'page',
      'path',
      'req/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'queries/req',
      'app CPU ms/req',
      'PostgreSQL CPU ms/req',
      'failed',
    ],
    rows.map(({ name, path, app }) => [
      name,
      `\`${displayPath(path)}\``,
      formatRate(app.rps),
      formatMs(app.p50),
      formatMs(app.p95),
      formatMs(app.p99),
      formatQueries(app.queriesPerRequest),
      app.appCpuMs === undefined ? 'n/a' : formatMs(app.appCpuMs),
      app.databaseCpuMs === undefined ? 'n/a' : formatMs(app.databaseCpuMs),
      failed(app),
    ]),
  );
}
