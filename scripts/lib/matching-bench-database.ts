// The databases bench:matching runs on (scripts/bench-matching.ts).
import pg from 'pg';
import { startEmbeddedPostgres } from '../db/embedded';
import { createScratchDatabase, isServerWithDatabases } from '../db/test-database';

/** A kept database: created if missing, never dropped (the 1M filler takes long to build). */
async function keptDatabase(server: string, name: string) {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    label: `PostgreSQL server (kept database ${name})`,
    kept: true,
    stop: async () => {},
  };
}

/** Where bench:matching runs: a kept database (`keep`), a scratch one on DATABASE_URL's server, or PGlite. */
export async function benchDatabase(keep: string | undefined) {
  const server = process.env.DATABASE_URL;
  if (keep && server) return keptDatabase(server, keep);
  if (server && (await isServerWithDatabases(server))) {
    const scratch = await createScratchDatabase(server, 'matching_bench');
    return { url: scratch.url, label: 'PostgreSQL server', kept: false, stop: scratch.drop };
  }
  const embedded = await startEmbeddedPostgres({});
  return {
    url: embedded.url,
    label: 'embedded PGlite (in memory)',
    kept: false,
    stop: embedded.stop,
  };
}
