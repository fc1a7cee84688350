// `npm start` / `npm run dev`: database (DATABASE_URL, or the embedded one), migrations, demo data, then Next.js.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createPrismaClient } from '@/lib/prisma-client';
import { weakSecretProblem } from '@/lib/security/secret-strength';
import { seedDemoData } from '@/prisma/demo-data';
import { defaultDataDir, startEmbeddedPostgres, type EmbeddedPostgres } from './db/embedded';
import { applyMigrations } from './db/migrate';
import { embeddedSecretFile, repoRoot } from './db/paths';
import { buildIsStale, runNextBuild } from './lib/next-build';
import { readOrCreateSecret } from './lib/secret';
import { serverNodeOptions } from './lib/server-memory';
import { startBanner } from './lib/start-banner';

const dev = process.argv.includes('--dev');
const tsxCli = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
const port = Number(process.env.PORT ?? 3000);

function fail(message: string): never {
  console.error(`factdesk: ${message}`);
  process.exit(1);
}

async function prepareDatabase(): Promise<{
  url: string;
  secret: string;
  embedded?: EmbeddedPostgres;
}> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const secret = process.env.NEXTAUTH_SECRET;
    if (!secret)
      fail(
        'NEXTAUTH_SECRET must be set when DATABASE_URL is set. Generate one with `openssl rand -base64 32`.',
      );
    const weak = dev ? null : weakSecretProblem(secret);
    if (weak) fail(weak);
    // Migrations run as the tables' owner; the app itself may connect as a role that owns nothing.
    const applied = await applyMigrations(process.env.MIGRATION_DATABASE_URL || serverUrl);
    console.log(`factdesk: PostgreSQL at DATABASE_URL; ${applied.length} migration(s) applied.`);
    return { url: serverUrl, secret };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: defaultDataDir,
    port: Number(process.env.FACTDESK_DB_PORT ?? 0),
  });
  const applied = await applyMigrations(embedded.url);
  console.log(
    `factdesk: embedded PostgreSQL (data in ${path.relative(repoRoot, defaultDataDir)}); ${applied.length} migration(s) applied.`,
  );
  const secret = process.env.NEXTAUTH_SECRET ?? readOrCreateSecret(embeddedSecretFile);
  const db = createPrismaClient(embedded.url, 1);
  try {
    if ((await db.user.count()) === 0) {
      // The workflow service publishing the demo verdict uses lib/db, whose env check needs these.
      Object.assign(process.env, { NEXTAUTH_SECRET: secret, FACTDESK_EMBEDDED: '1' });
      process.env.DATABASE_URL = embedded.url;
      const { created } = await seedDemoData(db, { publishVerdict: true });
      delete process.env.DATABASE_URL;
      console.log(`factdesk: demo data added (${created.join(', ')}).`);
    }
  } finally {
    await db.$disconnect();
  }
  return { url: embedded.url, secret, embedded };
}

/**
 * On the embedded database the job worker runs in this process, so `npm start` alone does
 * everything; on PostgreSQL run `npm run worker` beside the app (FACTDESK_WORKER=1 runs one here too,
 * FACTDESK_WORKER=0 none).
 */
async function startInProcessWorker(env: NodeJS.ProcessEnv, embedded: boolean) {
  const wanted = process.env.FACTDESK_WORKER ? process.env.FACTDESK_WORKER === '1' : embedded;
  if (!wanted) return undefined;
  // lib/ reads its settings from process.env when first imported.
  Object.assign(process.env, {
    DATABASE_URL: env.DATABASE_URL,
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET,
    FACTDESK_EMBEDDED: env.FACTDESK_EMBEDDED ?? '0',
    DATABASE_POOL_SIZE: '2',
  });
  const { startWorker } = await import('@/lib/jobs/worker');
  const worker = await startWorker({ concurrency: embedded ? 1 : 2 });
  console.log('factdesk: job worker running in this process (media monitoring, URL imports).');
  return worker;
}

async function main() {
  const { url, secret, embedded } = await prepareDatabase();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: serverNodeOptions(),
    ...(embedded
      ? { FACTDESK_EMBEDDED: '1', DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '4' }
      : {}),
  };
  if (!dev && buildIsStale(repoRoot, process.env.NEXT_DIST_DIR ?? '.next')) {
    console.log('factdesk: building the app (first start, or the code changed)…');
    await runNextBuild(repoRoot, { ...env, NODE_ENV: 'production' });
  }
  // Next.js behind the front server that records each request's client address (scripts/serve.ts).
  const server = spawn(
    process.execPath,
    [
      tsxCli,
      path.join(repoRoot, 'scripts/serve.ts'),
      '-p',
      String(port),
      ...(dev ? ['--dev'] : []),
    ],
    { cwd: repoRoot, env, stdio: 'inherit' },
  );
  console.log(startBanner({ port, embedded: Boolean(embedded) }));
  const worker = await startInProcessWorker(env, Boolean(embedded));

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    server.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  server.on('exit', (code) => {
    void Promise.resolve(worker?.stop())
      .catch(() => {})
      .then(() => embedded?.stop())
      .finally(() => process.exit(code ?? 0));
  });
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
