// Embedded PostgreSQL: PGlite (PostgreSQL compiled to WebAssembly) served on a TCP port by our
// PGliteServer (./pglite-socket-server.ts, in place of pglite-socket's server, which interleaved
// the extended-protocol messages of concurrent connections), so `pg`, @prisma/adapter-pg and the
// schema engine connect to it like a server.
//   tsx scripts/db/embedded.ts [port] [--memory]   serves .data/pglite in the foreground (Ctrl-C stops it)
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { defaultDataDir, isMain } from './paths';
import { EMBEDDED_APPLICATION_NAME } from '@/lib/statement-names';
import { PGliteServer } from './pglite-socket-server';

// 32: the shared-cache e2e runs two more app servers (each a pool plus a job sender) beside the first.
export const EMBEDDED_MAX_CONNECTIONS = 32;

export { defaultDataDir };

export interface EmbeddedPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Data directory on disk; undefined = in-memory (gone when stopped). */
  dataDir?: string;
  /** TCP port on 127.0.0.1; 0 or undefined = a free port. */
  port?: number;
}

export function embeddedUrl(port: number): string {
  return `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable&application_name=${EMBEDDED_APPLICATION_NAME}`;
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const dataDir = opts.dataDir ? path.resolve(opts.dataDir) : undefined;
  const lock = dataDir ? acquireLock(dataDir) : undefined;
  let db: PGlite | undefined;
  let server: PGliteServer | undefined;
  try {
    if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
    // pg_trgm backs claim matching (its migration runs CREATE EXTENSION).
    db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
    server = new PGliteServer({
      db,
      host: '127.0.0.1',
      port: opts.port ?? 0,
      maxConnections: EMBEDDED_MAX_CONNECTIONS,
    });
    await server.start().catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE')
        throw new Error(`Embedded PostgreSQL: port ${opts.port} on 127.0.0.1 is already in use`);
      throw err;
    });
  } catch (err) {
    await db?.close().catch(() => {});
    lock?.release();
    throw err;
  }
  const port = server.port;
  lock?.write(port);
  let stopping: Promise<void> | undefined;
  const running = { db, server };
  return {
    url: embeddedUrl(port),
    port,
    stop: () =>
      (stopping ??= (async () => {
        await running.server.stop();
        await running.db.close();
        lock?.release();
      })()),
  };
}

// PGlite itself happily opens a data directory that another process has open (and corrupts it),
// so a lock file next to the directory records the owner: `<dataDir>.lock` with its pid and port.
interface Lock {
  write(port: number): void;
  release(): void;
}

function acquireLock(dataDir: string): Lock {
  const file = `${dataDir}.lock`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    // Write a private file, then hard-link it into place: atomic, and never seen half-written.
    const tmp = `${file}.${process.pid}`;
    fs.writeFileSync(tmp, JSON.stringify({ pid: process.pid, port: null }));
    try {
      fs.linkSync(tmp, file);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 2) throw err;
      const owner = readLock(file);
      if (owner && isAlive(owner.pid)) {
        const where = owner.port ? ` on port ${owner.port} (${embeddedUrl(owner.port)})` : '';
        const who = owner.pid === process.pid ? 'this process' : `process ${owner.pid}`;
        throw new Error(
          `Embedded PostgreSQL data directory ${dataDir} is already open by ${who}${where}. ` +
            `Stop that process or connect to it with DATABASE_URL. If no such process is running, ` +
            `delete the stale lock file ${file}.`,
        );
      }
      fs.rmSync(file, { force: true }); // stale: its owner is gone
    } finally {
      fs.rmSync(tmp, { force: true });
    }
  }
  return {
    write: (port) => {
      fs.writeFileSync(`${file}.${process.pid}`, JSON.stringify({ pid: process.pid, port }));
      fs.renameSync(`${file}.${process.pid}`, file); // atomic replace
    },
    release: () => {
      if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
    },
  };
}

/** URL of the embedded PostgreSQL another live process serves from `dataDir`, if any. */
export function runningEmbeddedUrl(dataDir = defaultDataDir): string | undefined {
  const owner = readLock(`${path.resolve(dataDir)}.lock`);
  return owner?.port && owner.pid !== process.pid && isAlive(owner.pid)
    ? embeddedUrl(owner.port)
    : undefined;
}

function readLock(file: string): { pid: number; port: number | null } | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined; // missing or half-written
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// CLI: `tsx scripts/db/embedded.ts [port]` serves .data/pglite; `--memory` serves an in-memory
// database instead and also stops when stdin closes (used by embedded-process.ts).
async function main(): Promise<void> {
  const memory = process.argv.includes('--memory');
  const port = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 0);
  const db = await startEmbeddedPostgres({ dataDir: memory ? undefined : defaultDataDir, port });
  console.log(
    `embedded PostgreSQL (${memory ? 'in-memory' : defaultDataDir}) listening: DATABASE_URL=${db.url}`,
  );
  const stop = () => void db.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (memory) process.stdin.on('end', stop).resume();
}

if (isMain(__filename)) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
