/**
 * `npm run bench:analytics [-- --baseline]`: the dashboard's aggregate queries on DATABASE_URL's
 * database, filled by `npm run db:seed:scale -- --claims 1000000` (docs/database.md), and the memory
 * of streamed 100k-row claim exports (CSV and JSON). Prints per-query ms (median of 3) beside the
 * 200 ms ceiling; `--baseline` also times, once each, the scans the dashboard used before its
 * summaries (scripts/lib/analytics-reference-queries.ts) and checks both give the same figures.
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';

const CEILING_MS = 200;
const EXPORT_ROWS = 100_000;

async function time(run: () => Promise<unknown>, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');

async function main() {
  if (!process.env.DATABASE_URL)
    throw new Error('Set DATABASE_URL to a database filled by npm run db:seed:scale.');
  const baseline = process.argv.includes('--baseline');
  // lib/db checks the app's environment; nothing here signs sessions.
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString('base64');
  const flow = await import('@/lib/data/analytics/flow');
  const desk = await import('@/lib/data/analytics/desk');
  const old = await import('@/scripts/lib/analytics-reference-queries');
  const { analyticsRange } = await import('@/lib/schemas/analytics-filters');
  const { db } = await import('@/lib/db');
  const claims = await db.claim.count();
  // The outlet with the most claims (the filters' worst case).
  const [{ outlet }] = await db.$queryRaw<{ outlet: string }[]>`
    SELECT outlet FROM "ClaimDayCount" WHERE grain = 1 GROUP BY 1 ORDER BY sum(count) DESC LIMIT 1`;
  const assignee = (await db.user.findFirst({ where: { email: 'journalist@factdesk.test' } }))?.id;
  const all = {};
  const range = analyticsRange(all);
  const now = new Date();
  type Pair = [string, () => Promise<unknown>, (() => Promise<unknown>) | null];
  const queries: Pair[] = [
    [
      'headline figures',
      () => flow.headlineFigures(all, range),
      () => old.headlineFigures(all, range),
    ],
    ['backlog now', () => flow.backlogNow(all), () => old.backlogNow(all)],
    [
      'backlog over time',
      () => desk.backlogOverTime(all, range),
      () => old.backlogOverTime(all, range),
    ],
    ['throughput', () => flow.throughput(all, range), () => old.throughput(all, range)],
    [
      'import → publication',
      () => flow.importToPublication(all, range),
      () => old.importToPublication(all, range),
    ],
    [
      'submission → approval',
      () => flow.submissionToApproval(all, range),
      () => old.submissionToApproval(all, range),
    ],
    ['slowest open claims', () => flow.slowestOpenClaims(all), null],
    ['workload', () => desk.workload(all, now), () => old.workload(all, now)],
    [
      'ratings by speaker',
      () => desk.ratingsBy('speaker', all, range),
      () => old.ratingsBy('speaker', all, range),
    ],
    [
      'ratings by outlet',
      () => desk.ratingsBy('outlet', all, range),
      () => old.ratingsBy('outlet', all, range),
    ],
    [
      'check-worthy by outlet',
      () => desk.checkworthyByOutlet(all, range),
      () => old.checkworthyByOutlet(all, range),
    ],
    [
      'extraction quality',
      () => desk.extractionQuality(all, range),
      () => old.extractionQuality(all, range),
    ],
  ];
  for (const [label, filters] of [
    ['outlet', { outlet }],
    ['assignee', { assignee }],
    ['outlet+assignee', { outlet, assignee }],
  ] as const)
    queries.push(
      [
        `${label}: headline figures`,
        () => flow.headlineFigures(filters, range),
        () => old.headlineFigures(filters, range),
      ],
      [
        `${label}: backlog over time`,
        () => desk.backlogOverTime(filters, range),
        () => old.backlogOverTime(filters, range),
      ],
      [`${label}: workload`, () => desk.workload(filters, now), () => old.workload(filters, now)],
      [
        `${label}: ratings by outlet`,
        () => desk.ratingsBy('outlet', filters, range),
        () => old.ratingsBy('outlet', filters, range),
      ],
    );
  // The whole page's data as the page asks for it: every query above at once, plus the pickers.
  const { getDashboard } = await import('@/lib/data/analytics/dashboard');
  const editor = await db.user.findFirstOrThrow({ where: { email: 'editor@factdesk.test' } });
  const session = { id: editor.id, email: editor.email, name: editor.name, role: editor.role };
  const pages: [string, () => Promise<unknown>][] = [
    ['whole dashboard (getDashboard)', () => getDashboard(session, {})],
    ['whole dashboard, outlet filter', () => getDashboard(session, { outlet })],
  ];
  console.log(
    `${claims.toLocaleString('en')} claims, range ${range.from}..${range.to}, outlet "${outlet}", ` +
      `assignee journalist@; load average ${load()} (median of 3 runs; baseline: once)`,
  );
  let over = 0;
  let differ = 0;
  for (const [name, run, before] of queries) {
    const ms = await time(run);
    if (ms > CEILING_MS) over++;
    let tail = '';
    if (baseline && before) {
      const beforeMs = await time(before, 1);
      const same = isDeepStrictEqual(sortRows(await run()), sortRows(await before()));
      if (!same) differ++;
      tail = `  before ${beforeMs.toFixed(0).padStart(6)} ms${same ? '' : '  FIGURES DIFFER'}`;
    }
    console.log(
      `${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  (ceiling ${CEILING_MS})${ms > CEILING_MS ? '  OVER' : '      '}${tail}`,
    );
  }
  // The page runs its queries at once on the pool: the wall time of all of them, for reference.
  for (const [name, run] of pages)
    console.log(`${name.padEnd(34)} ${(await time(run)).toFixed(0).padStart(6)} ms  (all at once)`);
  console.log(`load average after the queries: ${load()}`);
  for (const format of ['csv', 'json'] as const) await benchExport(format);
  await db.$disconnect();
  if (over || differ) process.exitCode = 1;
}

/** backlogNow's rows come in no set order; the rest are ordered by their SQL. */
function sortRows(value: unknown): unknown {
  if (
    Array.isArray(value) &&
    value.every((row) => row && typeof row === 'object' && 'state' in row && !('week' in row))
  )
    return [...value].sort((a, b) => String(a.state).localeCompare(String(b.state)));
  return value;
}

/**
 * Streams the first 100k claims (oldest first) through the export's CSV or JSON writer, as the
 * route does, and samples this process's memory every 20 ms: the peak, and the heap at 10k rows,
 * so a heap that grows with the rows would show.
 */
async function benchExport(format: 'csv' | 'json') {
  const { claimExportRows, claimCsvRecord } = await import('@/lib/data/exports/claim-export');
  const { csvStream, jsonArrayStream } = await import('@/lib/api/streams');
  const { CLAIM_CSV_COLUMNS } = await import('@/lib/schemas/api/exports');
  const { db } = await import('@/lib/db');
  const editor = await db.user.findFirstOrThrow({ where: { role: 'EDITOR' } });
  const actor = { id: editor.id, email: editor.email, name: editor.name, role: editor.role };
  const checkpoints: string[] = [];
  const mb = (n: number) => (n / 1048576).toFixed(1);
  async function* firstRows() {
    let n = 0;
    for await (const row of claimExportRows(actor, { sort: 'oldest' })) {
      yield row;
      if (++n % 25_000 === 0 || n === 10_000) {
        // Live heap (after a full collection), so growth with the rows would show; without
        // --expose-gc (npm run sets it) this is the heap as it stands.
        global.gc?.();
        checkpoints.push(`${n / 1000}k: ${mb(process.memoryUsage().heapUsed)}`);
      }
      if (n === EXPORT_ROWS) return;
    }
  }
  global.gc?.();
  const base = process.memoryUsage();
  let peakHeap = base.heapUsed;
  let peakRss = base.rss;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakRss = Math.max(peakRss, now.rss);
  }, 20);
  const started = performance.now();
  let bytes = 0;
  const stream =
    format === 'csv'
      ? csvStream(firstRows(), CLAIM_CSV_COLUMNS, claimCsvRecord)
      : jsonArrayStream('claims', firstRows(), (row) => row);
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
  }
  clearInterval(sampler);
  console.log(
    `\nexport ${EXPORT_ROWS.toLocaleString('en')} rows as ${format.toUpperCase()}: ${mb(bytes)} MB in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s (load ${load()}); heap ${mb(base.heapUsed)} → ` +
      `peak ${mb(peakHeap)} MB (+${mb(peakHeap - base.heapUsed)}), rss ${mb(base.rss)} → peak ${mb(peakRss)} MB ` +
      `(+${mb(peakRss - base.rss)})\n  live heap at ${checkpoints.join(', ')} MB`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
