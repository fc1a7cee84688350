/**
 * `npm run bench:analytics [-- --claims N]`: the dashboard's aggregate queries on a database of N
 * claims (default 1,000,000) on DATABASE_URL's server, and the memory of a streamed 100k-row export.
 * Seeds `factdesk_bench_analytics` once (users by the factories, the bulk by generate_series SQL)
 * and reuses it while it holds N claims. Prints per-query ms (median of 3) beside the 200 ms ceiling.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { applyMigrations } from '@/scripts/db/migrate';

const CEILING_MS = 200;
const DB_NAME = 'factdesk_bench_analytics';

function claimCount(argv: string[]): number {
  const index = argv.indexOf('--claims');
  return index >= 0 ? Number(argv[index + 1]) : 1_000_000;
}

async function prepare(serverUrl: string, claims: number): Promise<string> {
  const url = new URL(serverUrl);
  url.pathname = `/${DB_NAME}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]);
  if (exists.rowCount && (await countClaims(url.href)) === claims) {
    await admin.end();
    return url.href;
  }
  // The audit trail is append-only (triggers refuse DELETE and TRUNCATE): start from a new database.
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME}`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  await applyMigrations(url.href);
  const client = new Client({ connectionString: url.href });
  await client.connect();
  await seed(client, url.href, claims);
  await client.end();
  return url.href;
}

async function countClaims(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Claim"');
    return rows[0].n;
  } catch {
    return -1;
  } finally {
    await client.end();
  }
}

async function seed(client: Client, url: string, claims: number) {
  console.log(`seeding ${claims} claims…`);
  const started = Date.now();
  const { createPrismaClient } = await import('@/lib/prisma-client');
  const { createUser } = await import('@/prisma/factories');
  const db = createPrismaClient(url, 2);
  for (let i = 0; i < 20; i++) await createUser(db, { role: i < 5 ? 'EDITOR' : 'JOURNALIST' });
  await db.$disconnect();
  const articles = Math.max(1, Math.round(claims / 10));
  await client.query(`
    INSERT INTO "Article" (id, slug, title, outlet, body, "createdById", "createdAt", "updatedAt")
    SELECT 'a' || g, 'article-' || g, 'Article ' || g, 'Outlet ' || (g % 30), 'Body', (SELECT id FROM "User" LIMIT 1),
      now() - (g % 730) * interval '1 day', now()
    FROM generate_series(1, ${articles}) g`);
  // Older claims are further along: published or dismissed; the last weeks hold the open backlog.
  await client.query(`
    INSERT INTO "Claim" (id, slug, "articleId", text, start, "end", "sentenceStart", "sentenceEnd", speaker,
      state, "dismissReason", "assigneeId", "dueAt", rating, checkworthy, "createdAt", "updatedAt")
    SELECT 'c' || g, 'claim-' || g, 'a' || (1 + g % ${articles}), 'Claim ' || g, 0, 5, 0, 5, 'Speaker ' || (g % 500),
      s.state::"ClaimState", CASE WHEN s.state = 'DISMISSED' THEN 'OPINION'::"DismissReason" END,
      (SELECT id FROM "User" ORDER BY id OFFSET (g % 20) LIMIT 1),
      now() + ((g % 40) - 20) * interval '1 day',
      CASE WHEN s.state IN ('PUBLISHED','APPROVED','IN_REVIEW','VERIFYING') THEN (ARRAY['TRUE','FALSE','MIXED','MISLEADING'])[1 + g % 4] END,
      g % 5 <> 0, now() - (g % 730) * interval '1 day' - (g % 24) * interval '1 hour', now()
    FROM generate_series(1, ${claims}) g
    CROSS JOIN LATERAL (SELECT CASE
      WHEN g % 730 < 20 THEN (ARRAY['EXTRACTED','SOURCING','VERIFYING','IN_REVIEW','APPROVED'])[1 + g % 5]
      WHEN g % 7 = 0 THEN 'DISMISSED' ELSE 'PUBLISHED' END AS state) s`);
  const actor = `(SELECT id FROM "User" ORDER BY id LIMIT 1)`;
  await client.query(`
    INSERT INTO "AuditEvent" (at, "actorId", entity, "entityId", action, before, after)
    SELECT c."createdAt" + e.offs * interval '1 day', ${actor}, 'claim', c.id, e.action,
      jsonb_build_object('state', e.f), jsonb_build_object('state', e.t)
    FROM "Claim" c
    CROSS JOIN LATERAL (VALUES
      (1, 'claim.start_sourcing', 'EXTRACTED', 'SOURCING'), (2, 'claim.start_verifying', 'SOURCING', 'VERIFYING'),
      (3, 'claim.submit_for_review', 'VERIFYING', 'IN_REVIEW'), (4, 'claim.approve', 'IN_REVIEW', 'APPROVED'),
      (5, 'claim.publish', 'APPROVED', 'PUBLISHED')) e(offs, action, f, t)
    WHERE c.state = 'PUBLISHED'`);
  await client.query(`
    INSERT INTO "Publication" (id, "claimId", "claimText", "claimStart", "claimEnd", "sentenceStart", "sentenceEnd",
      speaker, rating, "ratingName", "ratingValue", "ratingBest", "ratingWorst", summary, explanation, sources, "checkedBy", "approvedBy", "publishedById", "publishedAt")
    SELECT 'p' || c.id, c.id, c.text, 0, 5, 0, 5, c.speaker, c.rating,
      r.name, r."ratingValue", CASE WHEN r."ratingValue" IS NOT NULL THEN 5 END, CASE WHEN r."ratingValue" IS NOT NULL THEN 1 END,
      'Summary', 'Explanation', '[]', 'Checker', ARRAY['Editor'], ${actor}, c."createdAt" + interval '5 days'
    FROM "Claim" c JOIN "RatingScaleEntry" r ON r.key = c.rating WHERE c.state = 'PUBLISHED'`);
  await client.query('ANALYZE');
  console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function time<T>(run: () => Promise<T>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[1];
}

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('bench:analytics needs DATABASE_URL (a PostgreSQL server).');
  const claims = claimCount(process.argv.slice(2));
  const url = await prepare(serverUrl, claims);
  process.env.DATABASE_URL = url;
  // lib/db checks the app's environment; nothing here signs sessions.
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString('base64');
  const flow = await import('@/lib/data/analytics/flow');
  const desk = await import('@/lib/data/analytics/desk');
  const { analyticsRange } = await import('@/lib/schemas/analytics-filters');
  const filters = {};
  const range = analyticsRange(filters);
  const queries: [string, () => Promise<unknown>][] = [
    ['headline figures', () => flow.headlineFigures(filters, range)],
    ['backlog now', () => flow.backlogNow(filters)],
    ['backlog over time', () => desk.backlogOverTime(filters, range)],
    ['throughput', () => flow.throughput(filters, range)],
    ['import → publication', () => flow.importToPublication(filters, range)],
    ['submission → approval', () => flow.submissionToApproval(filters, range)],
    ['slowest open claims', () => flow.slowestOpenClaims(filters)],
    ['workload', () => desk.workload(filters)],
    ['ratings by speaker', () => desk.ratingsBy('speaker', filters, range)],
    ['ratings by outlet', () => desk.ratingsBy('outlet', filters, range)],
    ['check-worthy by outlet', () => desk.checkworthyByOutlet(filters, range)],
    ['extraction quality', () => desk.extractionQuality(filters, range)],
    ['outlet filter: backlog over time', () => desk.backlogOverTime({ outlet: 'Outlet 7' }, range)],
  ];
  console.log(`\n${claims} claims, range ${range.from}..${range.to} (median of 3 runs)`);
  let over = 0;
  for (const [name, run] of queries) {
    const ms = await time(run);
    if (ms > CEILING_MS) over++;
    console.log(
      `${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  (ceiling ${CEILING_MS})${ms > CEILING_MS ? '  OVER' : ''}`,
    );
  }
  await benchExport();
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  if (over) process.exitCode = 1;
}

/** Streams 100k claims through the CSV export and samples the process's memory while it runs. */
async function benchExport() {
  const { claimExportRows, claimCsvRecord } = await import('@/lib/data/exports/claim-export');
  const { csvStream } = await import('@/lib/api/streams');
  const { CLAIM_CSV_COLUMNS } = await import('@/lib/schemas/api/exports');
  const { db } = await import('@/lib/db');
  const editor = await db.user.findFirstOrThrow({ where: { role: 'EDITOR' } });
  const actor = { id: editor.id, email: editor.email, name: editor.name, role: editor.role };
  async function* first100k() {
    let n = 0;
    for await (const row of claimExportRows(actor, { sort: 'oldest' })) {
      yield row;
      if (++n === 100_000) return;
    }
  }
  global.gc?.();
  const baseline = process.memoryUsage();
  let peakHeap = baseline.heapUsed;
  let peakRss = baseline.rss;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakRss = Math.max(peakRss, now.rss);
  }, 20);
  const started = performance.now();
  let bytes = 0;
  const reader = csvStream(first100k(), CLAIM_CSV_COLUMNS, claimCsvRecord).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
  }
  clearInterval(sampler);
  const mb = (n: number) => (n / 1048576).toFixed(1);
  console.log(
    `\nexport 100k rows as CSV: ${mb(bytes)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `heap ${mb(baseline.heapUsed)} → peak ${mb(peakHeap)} MB, rss ${mb(baseline.rss)} → peak ${mb(peakRss)} MB`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
