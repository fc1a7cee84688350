// Pure arithmetic and table layout for `npm run bench:load` (scripts/bench-load.ts).

/** The middle value (the lower middle for an even count); NaN for none. */
export function median(values: number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Nearest-rank percentile (p in 0..100) of unsorted values; NaN for none. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** One load run: throughput, latency percentiles (ms), and what went wrong. */
export interface RunFigures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  /** Responses with another status than expected (redirects are not followed). */
  unexpected: number;
  errors: number;
  /** Database statements per request, when they were counted. */
  queriesPerRequest?: number;
  /** CPU milliseconds per request of the server's processes and of the local PostgreSQL, when read. */
  appCpuMs?: number;
  databaseCpuMs?: number;
}

/** Median of each figure over repetitions (each figure on its own, as usual for load benches). */
export function medianFigures(runs: RunFigures[]): RunFigures {
  const of = (pick: (run: RunFigures) => number | undefined) => {
    const values = runs.map(pick).filter((value): value is number => value !== undefined);
    return values.length ? median(values) : undefined;
  };
  return {
    rps: of((run) => run.rps) ?? NaN,
    p50: of((run) => run.p50) ?? NaN,
    p95: of((run) => run.p95) ?? NaN,
    p99: of((run) => run.p99) ?? NaN,
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
    unexpected: runs.reduce((sum, run) => sum + run.unexpected, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    queriesPerRequest: of((run) => run.queriesPerRequest),
    appCpuMs: of((run) => run.appCpuMs),
    databaseCpuMs: of((run) => run.databaseCpuMs),
  };
}

export const formatRate = (value: number) =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '–';

export const formatMs = (value: number) =>
  !Number.isFinite(value) ? '–' : value < 10 ? value.toFixed(1) : Math.round(value).toString();

/** part/whole as a percentage with precision that stays readable from 0.01% to 100%. */
export function formatRatio(part: number, whole: number): string {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0) return '–';
  const percent = (part / whole) * 100;
  return `${percent >= 10 ? percent.toFixed(0) : percent >= 1 ? percent.toFixed(1) : percent.toFixed(2)}%`;
}

export const formatQueries = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? 'n/a' : value.toFixed(value < 10 ? 2 : 0);

/** A GitHub-flavoured Markdown table with columns padded to equal width (prettier's layout). */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) =>
    Math.max(3, cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${widths.map((width, column) => (cells[column] ?? '').padEnd(width)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}
