// `npm test`: unit + integration + security (vitest) and e2e (Playwright) against one fresh database for the whole run.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPrismaClient } from '@/lib/prisma-client';
import { seedDemoData } from '@/prisma/demo-data';
import { repoRoot } from './db/paths';
import { createTestDatabase, type TestDatabase } from './db/test-database';
import { findChromium } from './lib/chromium';
import { clearDataCache, nextBin } from './lib/next-build';
import { addCounts, playwrightCounts, vitestCounts } from './lib/test-counts';

// Own build folder and port, so a test run never clobbers a running `npm start` (or another test run).
const E2E_DIST_DIR = process.env.E2E_DIST_DIR ?? '.next-test';

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<boolean> {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code === 0));
    child.on('error', () => resolve(false));
  });
}

async function main() {
  // `npm test`, or one tier: `npm test -- unit|integration|security|e2e [files…]`.
  const [only, ...files] = process.argv.slice(2) as [
    'unit' | 'integration' | 'security' | 'e2e' | undefined,
    ...string[],
  ];
  const chromium = await findChromium();
  if (chromium.problem && (!only || only === 'e2e')) {
    console.error(chromium.problem);
    process.exit(1);
  }

  const databases: TestDatabase[] = [];
  // A fresh migrated database per tier that needs one: the vitest tiers (the fuzz test above all)
  // leave data behind that the browser tests, which start from the demo data, must not see.
  const freshDatabase = async () => {
    const database = await createTestDatabase();
    databases.push(database);
    return {
      database,
      env: {
        TEST_DATABASE_URL: database.url,
        DATABASE_URL: database.url, // on a server: the least-privilege app role
        MIGRATION_DATABASE_URL: database.ownerUrl,
      },
    };
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // A fresh random secret per run: the production build refuses a guessable one.
    NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: E2E_DIST_DIR,
    FACTDESK_ALLOW_PRIVATE_FETCH: '1',
    ...(chromium.path ? { CHROMIUM_PATH: chromium.path } : {}),
  };
  const results: Record<string, boolean> = {};
  const reports = mkdtempSync(path.join(tmpdir(), 'factdesk-test-'));
  const vitestJson = path.join(reports, 'vitest.json');
  const playwrightJson = path.join(reports, 'playwright.json');
  try {
    if (!only)
      results.typecheck = await run(
        process.execPath,
        ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'],
        env,
      );
    if (!only || only === 'unit' || only === 'integration' || only === 'security') {
      const projects = only
        ? ['--project', only]
        : ['--project', 'unit', '--project', 'integration', '--project', 'security'];
      const reporters = [
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${vitestJson}`,
      ];
      const { env: databaseEnv } = await freshDatabase();
      results.vitest = await run(
        process.execPath,
        ['node_modules/vitest/vitest.mjs', 'run', ...projects, ...reporters, ...files],
        { ...env, ...databaseEnv },
      );
    }
    if (!only || only === 'e2e') {
      const { database, env: databaseEnv } = await freshDatabase();
      const db = createPrismaClient(database.url, 1);
      await seedDemoData(db).finally(() => db.$disconnect());
      clearDataCache(repoRoot);
      if (
        !(await run(process.execPath, [nextBin(repoRoot), 'build'], {
          ...env,
          ...databaseEnv,
          NODE_ENV: 'production',
        }))
      )
        throw new Error('next build failed');
      results.playwright = await run(
        process.execPath,
        ['node_modules/@playwright/test/cli.js', 'test', ...files],
        { ...env, ...databaseEnv, PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson },
      );
    }
  } finally {
    await Promise.all(databases.map((database) => database.drop()));
  }
  const failed = Object.entries(results)
    .filter(([, ok]) => !ok)
    .map(([name]) => name);
  const counts = addCounts(vitestCounts(vitestJson), playwrightCounts(playwrightJson));
  console.log(failed.length ? `\nFAILED: ${failed.join(', ')}` : '\nAll test suites passed.');
  console.log(
    `tests: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`,
  );
  process.exit(failed.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
