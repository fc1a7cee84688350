// Schema/migration drift check: do prisma/migrations build the same database as prisma/schema.prisma?
// Applies the migrations to one fresh database, pushes the schema (diff from empty) to another, and
// compares their catalogs. Hand-written objects the schema cannot express (triggers, functions) are
// not compared.   Run: tsx scripts/db/drift.ts   (uses DATABASE_URL's server when set)
import pg from 'pg';
import { compareCatalogs, readCatalog } from './catalog';
import { startEmbeddedPostgres } from './embedded';
import { applyMigrations } from './migrate';
import { isMain, migrationsDir } from './paths';
import { diffScript, readSchema, schemaTarget } from './schema-engine';
import { createScratchDatabase, isServerWithDatabases, type TestDatabase } from './test-database';

export interface DriftOptions {
  /** Prisma schema text to compare with (default: prisma/schema.prisma). */
  schema?: string;
  /** Migrations directory (default: prisma/migrations). */
  migrationsDir?: string;
}

/**
 * Differences between the migrations and the schema; empty = no drift. With `serverUrl`, two scratch
 * databases are created on that server (and dropped); without (or when it is an embedded PGlite,
 * which hosts one database only), two in-memory embedded databases.
 */
export async function checkDrift(serverUrl?: string, opts: DriftOptions = {}): Promise<string[]> {
  const schema = opts.schema ?? readSchema();
  const server = serverUrl && (await isServerWithDatabases(serverUrl)) ? serverUrl : undefined;
  const fresh = () => (server ? createScratchDatabase(server, 'factdesk_drift') : embedded());
  const [migrated, pushed] = await Promise.all([fresh(), fresh()]);
  try {
    // Only Prisma's tables are compared: the job queue's own schema is left out.
    await applyMigrations(migrated.url, opts.migrationsDir ?? migrationsDir, { jobQueue: false });
    await runScript(
      pushed.url,
      await diffScript(pushed.url, { tag: 'empty' }, schemaTarget(schema)),
    );
    return compareCatalogs(await readCatalog(migrated.url), await readCatalog(pushed.url));
  } finally {
    await Promise.allSettled([migrated.drop(), pushed.drop()]);
  }
}

async function embedded(): Promise<TestDatabase> {
  const server = await startEmbeddedPostgres({});
  return { url: server.url, ownerUrl: server.url, drop: server.stop };
}

async function runScript(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql); // one simple query: the whole script, in one transaction
  } finally {
    await client.end();
  }
}

if (isMain(__filename)) {
  checkDrift(process.env.DATABASE_URL).then(
    (problems) => {
      if (problems.length === 0)
        console.log('no drift: the migrations build exactly what prisma/schema.prisma describes');
      else
        console.error(`drift (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
      process.exit(problems.length === 0 ? 0 : 1);
    },
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(2);
    },
  );
}
