// The article workspace at transcript size, measured in a browser against a production build:
//   npm run bench:workspace   (BENCH_PORT=3099, BENCH_CLAIMS=1000, BENCH_RUNS=5, BENCH_DIST_DIR=.next-bench)
// A fresh database (DATABASE_URL's server, else embedded) gets the demo data and one article with
// BENCH_CLAIMS claims (prisma/large-article-factory.ts); the app is built into .next-bench when the
// code changed, served by scripts/serve.ts, and Chromium (Playwright) signs in as the journalist.
// Prints the page open times and the time from a click on Edit to the next frame with the panel.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chromium, type Page } from '@playwright/test';
import { createPrismaClient } from '@/lib/prisma-client';
import { DEMO_PASSWORD, seedDemoData } from '@/prisma/demo-data';
import { createLargeArticle } from '@/prisma/large-article-factory';
import { repoRoot } from './db/paths';
import { createTestDatabase } from './db/test-database';
import { findChromium } from './lib/chromium';
import { buildIsStale, runNextBuild } from './lib/next-build';

const PORT = Number(process.env.BENCH_PORT ?? 3099);
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DIST_DIR = process.env.BENCH_DIST_DIR ?? '.next-bench';
const BASE = `http://localhost:${PORT}`;
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function waitForServer(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

// In-page code goes as text: tsx (esbuild keepNames) would wrap functions passed to evaluate in a
// __name helper that the page does not have.
const OPEN_PAGE = `(async () => {
  const nav = performance.getEntriesByType('navigation')[0];
  for (;;) {
    const button = document.querySelector('article[data-claim-id] button');
    if (button && Object.keys(button).some((key) => key.startsWith('__reactProps'))) break;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return {
    firstByte: nav.responseStart,
    domContentLoaded: nav.domContentLoadedEventEnd,
    load: nav.loadEventEnd,
    interactive: performance.now(),
    rows: document.querySelectorAll('article[data-claim-id]').length,
    buttons: document.querySelectorAll('button').length,
    marks: document.querySelectorAll('mark[data-claim-id]').length,
    pageHeight: document.documentElement.scrollHeight,
  };
})()`;

// Click on a highlight → its claim focused in the list; then Edit → the next frame with the panel.
const PICK_AND_EDIT = (at: number) => `(async () => {
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const mark = document.querySelectorAll('mark[data-claim-id]')[${at}];
  const id = mark.dataset.claimId;
  const row = () => document.querySelector('article[data-claim-id="' + id + '"]');
  const button = (label) => [...row().querySelectorAll('button')].find((b) => b.textContent === label);
  const pickStart = performance.now();
  mark.click();
  while (!row() || document.activeElement !== row()) await nextFrame();
  const picked = performance.now() - pickStart;
  const editStart = performance.now();
  button('Edit').click();
  await nextFrame();
  if (!row().querySelector('[role="group"][aria-label="Edit claim"]')) throw new Error('The edit panel did not open.');
  const opened = performance.now() - editStart;
  button('Cancel').click();
  await nextFrame();
  return { picked, opened };
})()`;

interface PageOpen {
  firstByte: number;
  domContentLoaded: number;
  load: number;
  interactive: number;
  rows: number;
  buttons: number;
  marks: number;
  pageHeight: number;
}

async function openPage(page: Page, url: string): Promise<PageOpen> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(OPEN_PAGE);
}

const pickAndEdit = (page: Page, index: number): Promise<{ picked: number; opened: number }> =>
  page.evaluate(PICK_AND_EDIT(index));

async function main() {
  const browserPath = await findChromium();
  if (browserPath.problem) throw new Error(browserPath.problem);
  const database = await createTestDatabase();
  let server: ReturnType<typeof spawn> | null = null;
  try {
    const db = createPrismaClient(database.url, 2);
    await seedDemoData(db);
    const journalist = await db.user.findUniqueOrThrow({
      where: { email: 'journalist@factdesk.test' },
    });
    const started = Date.now();
    const article = await createLargeArticle(db, { createdById: journalist.id, claims: CLAIMS });
    await db.$disconnect();
    console.log(
      `Seeded "${article.title}": ${article.claimCount} claims, ${article.bodyLength} characters (${Date.now() - started} ms).`,
    );

    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      MIGRATION_DATABASE_URL: database.ownerUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      NEXTAUTH_URL: BASE,
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: '1',
    };
    if (buildIsStale(repoRoot, DIST_DIR))
      await runNextBuild(repoRoot, { ...env, NODE_ENV: 'production' });
    server = spawn(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'scripts/serve.ts', '-p', String(PORT)],
      { cwd: repoRoot, env: { ...env, NODE_ENV: 'production' }, stdio: 'ignore' },
    );
    await waitForServer(`${BASE}/signin`, 120_000);

    const browser = await chromium.launch({
      executablePath: browserPath.path ?? undefined,
      args: CHROMIUM_FLAGS,
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${BASE}/signin`);
    await page.getByLabel('Email').fill('journalist@factdesk.test');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Signed in as').waitFor();

    const url = `${BASE}/newsroom/articles/${article.id}`;
    await openPage(page, url); // warm the server's caches once
    const opens = [];
    for (let run = 0; run < RUNS; run++) opens.push(await openPage(page, url));
    const last = opens.at(-1)!;
    console.log(`\nOpening the article page (${RUNS} runs, median):`);
    console.log(`  first byte          ${ms(median(opens.map((o) => o.firstByte)))}`);
    console.log(`  DOMContentLoaded    ${ms(median(opens.map((o) => o.domContentLoaded)))}`);
    console.log(`  load                ${ms(median(opens.map((o) => o.load)))}`);
    console.log(`  claims interactive  ${ms(median(opens.map((o) => o.interactive)))}`);
    console.log(
      `  in the page: ${last.marks} highlights, ${last.rows} claim rows rendered, ${last.buttons} buttons, ${last.pageHeight} px tall`,
    );

    const targets = [0, Math.floor(CLAIMS / 4), Math.floor(CLAIMS / 2), CLAIMS - 1];
    const edits = [];
    for (let run = 0; run < RUNS; run++)
      for (const index of targets) edits.push(await pickAndEdit(page, index));
    console.log(`\nClaims picked and edited (${edits.length}: claims ${targets.join(', ')}):`);
    console.log(
      `  highlight click → claim focused in the list  median ${ms(median(edits.map((e) => e.picked)))}, max ${ms(Math.max(...edits.map((e) => e.picked)))}`,
    );
    console.log(
      `  Edit click → panel painted                   median ${ms(median(edits.map((e) => e.opened)))}, max ${ms(Math.max(...edits.map((e) => e.opened)))}`,
    );
    await browser.close();
  } finally {
    server?.kill();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
