// `npm run db:seed:scale -- --claims 1000000 [--published-share 0.05] [--seed 42] [--append]`:
// fills DATABASE_URL's PostgreSQL with a reproducible newsroom at scale, generated inside the
// database (INSERT … SELECT over generate_series) in one transaction. Run `npm run db:seed` first.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { DEMO_ARTICLE } from '@/prisma/demo-data';
import { isMain } from './paths';
import { parseScaleArgs, planScale, type ScaleOptions } from './seed-scale-options';
import {
  DERIVED_COLUMN_STEPS,
  articleStep,
  claimPlanStep,
  setupSteps,
  type ScaleStart,
  type Step,
  VACUUM_STEP,
} from './seed-scale-sql';
import { claimBatchStep, evidenceSteps } from './seed-scale-verdicts';
import { DEMO_EDITOR, DEMO_JOURNALIST } from './seed-scale-vocabulary';

const BATCH = 200_000;

async function scalar<T>(client: pg.Client, sql: string, values: unknown[] = []): Promise<T> {
  const { rows } = await client.query(sql, values);
  return Object.values(rows[0] ?? {})[0] as T;
}

/** Where this run starts numbering, after refusing a database it should not fill. */
async function checkDatabase(client: pg.Client, options: ScaleOptions): Promise<ScaleStart> {
  const demoUsers = await scalar<string>(
    client,
    'SELECT count(*) FROM "User" WHERE email = ANY($1)',
    [[DEMO_JOURNALIST, DEMO_EDITOR]],
  );
  if (Number(demoUsers) !== 2)
    throw new Error('The demo users are missing: run `npm run db:seed` on this database first.');
  // The demo article's claims are expected (the demo seed runs first); any other claim means data.
  const otherClaims = await scalar<boolean>(
    client,
    'SELECT EXISTS (SELECT 1 FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" WHERE a.title <> $1)',
    [DEMO_ARTICLE.title],
  );
  if (otherClaims && !options.append)
    throw new Error(
      'The database already has claims besides the demo article; pass --append to add more.',
    );
  const lastClaim = await scalar<string | null>(
    client,
    String.raw`SELECT max(id) FROM "Claim" WHERE id LIKE 'sc\_%'`,
  );
  const lastArticle = await scalar<string | null>(
    client,
    String.raw`SELECT max(id) FROM "Article" WHERE id LIKE 'sa\_%'`,
  );
  return {
    claimOffset: lastClaim ? Number(lastClaim.slice(3)) + 1 : 0,
    articleOffset: lastArticle ? Number(lastArticle.slice(3)) + 1 : 0,
  };
}

export function scaleSteps(options: ScaleOptions, start: ScaleStart): Step[] {
  const batches: Step[] = [];
  const end = start.claimOffset + options.claims;
  for (let from = start.claimOffset; from < end; from += BATCH)
    batches.push(claimBatchStep(from, Math.min(from + BATCH, end), options.anchor));
  return [
    ...setupSteps(options),
    claimPlanStep(options, start),
    articleStep(options),
    ...batches,
    ...evidenceSteps(options.anchor),
    ...DERIVED_COLUMN_STEPS,
  ];
}

/** CPU seconds a local server process has used (null when PostgreSQL runs elsewhere). */
function processCpuSeconds(pid: number): number | null {
  try {
    // /proc/<pid>/stat: fields 14 and 15 are user and system time in clock ticks (100 per second).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

export async function seedScale(url: string, options: ScaleOptions, log = console.log) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const began = performance.now();
  const backend = Number(await scalar<number>(client, 'SELECT pg_backend_pid()'));
  const cpuBefore = processCpuSeconds(backend);
  try {
    await client.query('BEGIN');
    // JIT-compiling these long generated expressions cost a minute per statement, more than running them.
    await client.query("SET LOCAL jit = off; SET LOCAL work_mem = '256MB'");
    const start = await checkDatabase(client, options);
    const plan = planScale(options.claims);
    log(
      `Seeding ${options.claims.toLocaleString('en')} claims (${plan.articles.toLocaleString('en')} articles, ` +
        `${plan.bigArticles} with 1,000 claims), published share ${options.publishedShare}, seed ${options.seed}, ` +
        `dates up to ${options.anchor.toISOString().slice(0, 10)}${start.claimOffset ? `, after ${start.claimOffset.toLocaleString('en')} earlier scale claims` : ''}.`,
    );
    for (const step of scaleSteps(options, start)) {
      const t0 = performance.now();
      const result = await client.query(step.sql);
      const rows = [result]
        .flat()
        .reduce((sum, r) => sum + (r.command === 'INSERT' ? (r.rowCount ?? 0) : 0), 0);
      log(
        `  ${step.label.padEnd(40)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s` +
          (rows ? `  ${rows.toLocaleString('en')} rows` : ''),
      );
    }
    for (const step of [{ label: 'commit', sql: 'COMMIT' }, VACUUM_STEP]) {
      const t0 = performance.now();
      await client.query(step.sql);
      log(
        `  ${step.label.padEnd(40)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s`,
      );
    }
    const cpuAfter = processCpuSeconds(backend);
    log(
      `Done in ${((performance.now() - began) / 1000).toFixed(1)} s` +
        (cpuBefore !== null && cpuAfter !== null
          ? ` (the database server process used ${(cpuAfter - cpuBefore).toFixed(1)} s of CPU).`
          : '.'),
    );
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      'Set DATABASE_URL to a PostgreSQL database (the scale seed does not fill the embedded one).',
    );
  await seedScale(url, parseScaleArgs(process.argv.slice(2)));
}

if (isMain(__filename))
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
