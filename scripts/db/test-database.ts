// Databases for tests: a fresh migrated database on the DATABASE_URL server, used through a
// least-privilege app role as production should (scripts/db/app-role.ts), or an in-memory embedded
// PostgreSQL when there is no server (or DATABASE_URL is an embedded PGlite, which hosts one database
// only), served by a child process. TEST_DATABASE_URL (set by `npm test` for a whole run, with
// MIGRATION_DATABASE_URL as its owner) is reused as is.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { grantAppRole, urlAsRole } from './app-role';
import { startEmbeddedPostgresProcess } from './embedded-process';
import { applyMigrations } from './migrate';

export interface TestDatabase {
  /** What the app and the tests connect with: on a server, the app role that owns nothing. */
  url: string;
  /** The same database as its owner, who migrates (equal to `url` on the embedded database). */
  ownerUrl: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const reuse = process.env.TEST_DATABASE_URL;
  if (reuse) {
    // Already migrated by whoever set it (`npm test`); migrating again here would race, since the
    // integration and security projects each run this setup at the same time.
    const ownerUrl = process.env.MIGRATION_DATABASE_URL || reuse;
    return { url: reuse, ownerUrl, drop: async () => {} };
  }
  const serverUrl = process.env.DATABASE_URL;
  const onServer = !!serverUrl && (await isServerWithDatabases(serverUrl));
  const db = onServer ? await createScratchDatabase(serverUrl!, 'factdesk_test') : await embedded();
  try {
    await applyMigrations(db.ownerUrl);
    return onServer ? await withAppRole(serverUrl!, db) : db;
  } catch (err) {
    await db.drop();
    throw err;
  }
}

/** `db` reached through a fresh app role `<database>_app` (dropped with the database). */
async function withAppRole(serverUrl: string, db: TestDatabase): Promise<TestDatabase> {
  const role = `${new URL(db.ownerUrl).pathname.slice(1)}_app`;
  const password = randomBytes(18).toString('base64url');
  const dropRole = () => adminQuery(serverUrl, `DROP ROLE IF EXISTS "${role}"`).then(() => {});
  try {
    await grantAppRole(db.ownerUrl, role, { password });
  } catch (err) {
    await dropRole().catch(() => {});
    throw new Error(
      `Could not create the test app role "${role}" (DATABASE_URL's user needs CREATEROLE): ${err instanceof Error ? err.message : err}`,
    );
  }
  return {
    url: urlAsRole(db.ownerUrl, role, password),
    ownerUrl: db.ownerUrl,
    drop: () => db.drop().then(dropRole),
  };
}

async function embedded(): Promise<TestDatabase> {
  const server = await startEmbeddedPostgresProcess();
  return { url: server.url, ownerUrl: server.url, drop: server.stop };
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
    ownerUrl: url.toString(),
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
