// Vitest globalSetup for the integration project: one migrated test database for the run.
// DATABASE_URL set → a fresh `factdesk_test_<random>` database on that server (dropped afterwards),
// which tests reach through a least-privilege app role;
// unset → an in-memory embedded PostgreSQL (child process); TEST_DATABASE_URL set → reused as is.
import type { TestProject } from 'vitest/node';
import { createTestDatabase, isServerWithDatabases } from '../../scripts/db/test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated test database; tests/support/integration-setup.ts makes it DATABASE_URL. */
    databaseUrl: string;
    /**
     * The test database as its owner, when on a PostgreSQL server that can host scratch databases,
     * else '' (embedded).
     */
    databaseServerUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const db = await createTestDatabase();
  // `npm test` sets DATABASE_URL to its own test database, which may be an embedded PGlite.
  const serverUrl = (await isServerWithDatabases(db.ownerUrl)) ? db.ownerUrl : '';
  project.provide('databaseUrl', db.url);
  project.provide('databaseServerUrl', serverUrl);
  return () => db.drop();
}
