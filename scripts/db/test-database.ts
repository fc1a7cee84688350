// Databases for tests: a fresh migrated database on the DATABASE_URL server, or an in-memory
// embedded PostgreSQL when there is no server (or DATABASE_URL is an embedded PGlite, which hosts
// one database only), served by a child process. TEST_DATABASE_URL (set by `npm test` for a whole
// run) is reused as is.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedPostgresProcess } from './embedded-process';
import { applyMigrations } from './migrate';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const reuse = process.env.TEST_DATABASE_URL;
  if (reuse) {
    await applyMigrations(reuse); // normally already done: then it applies nothing
    return { url: reuse, drop: async () => {} };
  }
  const serverUrl = process.env.DATABASE_URL;
  const onServer = !!serverUrl && (await isServerWithDatabases(serverUrl));
  const db = onServer ? await createScratchDatabase(serverUrl!, 'factdesk_test') : await embedded();
  try {
    await applyMigrations(db.url);
  } catch (err) {
    await db.drop();
    throw err;
  }
  return db;
}

async function embedded(): Promise<TestDatabase> {
  const server = await startEmbeddedPostgresProcess();
  return { url: server.url, drop: server.stop };
}

/** Create an empty database named `<prefix>_<random>` on the server of `serverUrl`; drop() removes it. */
export async function createScratchDatabase(
  serverUrl: string,
  prefix: string,
): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped: Promise<void> | undefined;
  return {
    url: url.toString(),
    drop: () =>
      (dropped ??= adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(
        () => {},
      )),
  };
}

/**
 * True when `url` is a PostgreSQL server that can host scratch databases, false for the embedded
 * PGlite (one database per server) — e.g. when `npm test` has set DATABASE_URL to an embedded one.
 */
export async function isServerWithDatabases(url: string): Promise<boolean> {
  const rows = await adminQuery(url, 'SELECT version() AS version');
  return !String(rows[0]?.version).includes('PGlite');
}

async function adminQuery(serverUrl: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}
