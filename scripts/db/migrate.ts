// Apply prisma/migrations to a database, as `prisma migrate deploy` does, with the WASM schema engine.
//   npm run db:migrate                               migrates MIGRATION_DATABASE_URL (the owner), else
//                                                    DATABASE_URL if set, else .data/pglite
//   npm run db:migrate -- --rolled-back <migration>   after a failed migration was fixed by hand
import { installJobQueue } from '@/lib/jobs/install';
import { migrationUrl } from './app-role';
import { defaultDataDir, runningEmbeddedUrl, startEmbeddedPostgres } from './embedded';
import { isMain, migrationsDir } from './paths';
import { noFilter, readMigrationsList, withSchemaEngine } from './schema-engine';

/**
 * Apply the migrations in `dir` that `url` has not had yet, recording each in `_prisma_migrations`
 * exactly like `prisma migrate deploy`, then install or upgrade the job queue's schema (pg-boss
 * keeps its own, "pgboss", outside Prisma's). Returns the names applied (empty when up to date).
 */
export async function applyMigrations(
  url: string,
  dir = migrationsDir,
  { jobQueue = true }: { jobQueue?: boolean } = {},
): Promise<string[]> {
  const migrationsList = readMigrationsList(dir);
  if (migrationsList.migrationDirectories.length === 0)
    throw new Error(`No migrations found in ${dir}`);
  const applied = await withSchemaEngine(url, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList,
      filters: noFilter,
    });
    return appliedMigrationNames;
  });
  if (jobQueue) await installJobQueue(url);
  return applied;
}

/**
 * Mark a failed migration as rolled back (like `prisma migrate resolve --rolled-back`), after
 * fixing its SQL or the database by hand; the next applyMigrations runs it again.
 */
export async function markRolledBack(url: string, migrationName: string): Promise<void> {
  await withSchemaEngine(url, (engine) => engine.markMigrationRolledBack({ migrationName }));
}

async function main(): Promise<void> {
  const rolledBack = process.argv.indexOf('--rolled-back');
  // The owner's URL, else the embedded database: through its port if another process (the app) is
  // serving it, otherwise started here for the duration.
  const ownerUrl = migrationUrl();
  const serverUrl = ownerUrl || runningEmbeddedUrl(defaultDataDir);
  const embedded = serverUrl ? undefined : await startEmbeddedPostgres({ dataDir: defaultDataDir });
  const where = ownerUrl ? redact(serverUrl!) : `embedded PostgreSQL (${defaultDataDir})`;
  try {
    if (rolledBack > 0) {
      const name = process.argv[rolledBack + 1];
      if (!name) throw new Error('Usage: npm run db:migrate -- --rolled-back <migration name>');
      await markRolledBack(serverUrl ?? embedded!.url, name);
      console.log(`${where}: marked ${name} as rolled back.`);
      return;
    }
    const applied = await applyMigrations(serverUrl ?? embedded!.url);
    if (applied.length === 0) console.log(`${where}: up to date, no migrations to apply.`);
    else
      console.log(
        `${where}: applied ${applied.length} migration(s):\n${applied.map((n) => `  ${n}`).join('\n')}`,
      );
  } finally {
    await embedded?.stop();
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

if (isMain(__filename)) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
