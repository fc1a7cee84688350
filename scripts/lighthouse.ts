// Lighthouse on the public site's home, article and claim pages, against a running server:
//   npm run bench:lighthouse -- [base URL]      (default http://localhost:3000; LIGHTHOUSE_RUNS=3 per page)
// The article and claim pages are the newest published verdict's, found through the public API.
// Uses Debian's Chromium (CHROMIUM_PATH overrides) with flags that keep it off the network.
// Lighthouse runs as its own CLI process: loaded through tsx, its in-page functions break ("__name is not defined").
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

async function publicPages(base: string): Promise<{ name: string; url: string }[]> {
  const response = await fetch(new URL('/api/v1/verdicts', base));
  if (!response.ok)
    throw new Error(
      `GET /api/v1/verdicts answered ${response.status}; is the server running at ${base}?`,
    );
  const { data } = (await response.json()) as { data: { id: string; article: { id: string } }[] };
  if (!data.length)
    throw new Error('No published verdicts: publish one (or seed) before running Lighthouse.');
  return [
    { name: 'home', url: new URL('/', base).href },
    { name: 'article', url: new URL(`/articles/${data[0].article.id}`, base).href },
    { name: 'claim', url: new URL(`/claims/${data[0].id}`, base).href },
  ];
}

const require = createRequire(__filename);

interface Audit {
  id: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  details?: unknown;
}

function runLighthouse(url: string): {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, Audit>;
} {
  const cli = require.resolve('lighthouse/cli/index.js');
  const args = [
    cli,
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
  ];
  const stdout = execFileSync(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(stdout.toString('utf8'));
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** First-load JavaScript of the page: the summed transfer size of its script requests. */
function scriptKilobytes(details: unknown): number {
  const items =
    (details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)
      ?.items ?? [];
  const bytes = items
    .filter((item) => item.resourceType === 'Script')
    .reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
  return Math.round(bytes / 102.4) / 10;
}

async function main() {
  const base = process.argv[2] ?? process.env.LIGHTHOUSE_BASE_URL ?? 'http://localhost:3000';
  const pages = await publicPages(base);
  const rows: Record<string, string | number>[] = [];
  for (const page of pages) {
    // Several runs, median kept: a single run on a busy 2-core machine swings by 20+ points.
    const runs = Array.from({ length: RUNS }, () => runLighthouse(page.url));
    const row: Record<string, string | number> = { page: page.name };
    for (const category of CATEGORIES)
      row[category] = median(
        runs.map((run) => Math.round((run.categories[category]?.score ?? 0) * 100)),
      );
    const typical =
      runs.find(
        (run) => Math.round((run.categories.performance?.score ?? 0) * 100) === row.performance,
      ) ?? runs[0];
    row.LCP = typical.audits['largest-contentful-paint']?.displayValue ?? '';
    row.TBT = typical.audits['total-blocking-time']?.displayValue ?? '';
    row.CLS = typical.audits['cumulative-layout-shift']?.displayValue ?? '';
    row['JS kB (transfer)'] = scriptKilobytes(typical.audits['network-requests']?.details);
    rows.push(row);
    const failing = Object.values(typical.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    if (failing.length) console.log(`${page.name}: failing audits: ${failing.join(', ')}`);
  }
  console.log(
    `Lighthouse ${require('lighthouse/package.json').version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'} · Node ${process.version} · ${base} · median of ${RUNS} runs · load average ${os.loadavg()[0].toFixed(1)}`,
  );
  console.table(rows);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
