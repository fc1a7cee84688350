import { createGunzip, createGzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import type { Db } from '@/lib/prisma-client';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type BackupHeader,
  type BackupTable,
} from './tables';

const BATCH = 1000;

async function appliedMigrations(db: Db): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

/**
 * The whole newsroom as JSON Lines: a header line, then `{"table","row"}` lines table by table,
 * each table read in key order in batches (so memory stays flat). Rows are PostgreSQL's own JSON
 * of the row (`to_jsonb`), so every column type round-trips through `jsonb_populate_recordset`.
 */
export async function* backupLines(db: Db): AsyncGenerator<string> {
  const counts: Record<string, number> = {};
  for (const table of BACKUP_TABLES) {
    const [{ n }] = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${table.name}"`,
    );
    counts[table.name] = n;
  }
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    migrations: await appliedMigrations(db),
    tables: counts,
  };
  yield `${JSON.stringify(header)}\n`;
  for (const table of BACKUP_TABLES) {
    const omit = (table.omit ?? []).map((c) => ` - '${c}'`).join('');
    let last: string | null = null;
    for (;;) {
      const rows: { key: string; row: unknown }[] = await db.$queryRawUnsafe(
        `SELECT t."${table.key}"::text AS key, to_jsonb(t)${omit} AS row FROM "${table.name}" t
         ${last === null ? '' : `WHERE t."${table.key}" > $1`} ORDER BY t."${table.key}" LIMIT ${BATCH}`,
        ...(last === null ? [] : [table.name === 'AuditEvent' ? BigInt(last) : last]),
      );
      for (const { row } of rows) yield `${JSON.stringify({ table: table.name, row })}\n`;
      if (rows.length < BATCH) break;
      last = rows[rows.length - 1].key;
    }
  }
}

/** The backup as one gzip-compressed JSON Lines archive, streamed. */
export function backupArchive(db: Db): Readable {
  return Readable.from(backupLines(db)).pipe(createGzip());
}

/**
 * Restores an archive into a database that has the same migrations and no newsroom data, in one
 * transaction: a refused or broken archive leaves the database as it was.
 */
export async function restoreArchive(db: Db, archive: Readable): Promise<Record<string, number>> {
  const lines = createInterface({ input: archive.pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = (first.done ? null : JSON.parse(first.value)) as BackupHeader | null;
  if (header?.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION)
    throw new Error('This file is not a Factdesk backup (version 1).');
  const migrations = await appliedMigrations(db);
  if (JSON.stringify(migrations) !== JSON.stringify(header.migrations))
    throw new Error(
      `The database's migrations differ from the backup's: migrate it to the same version first (backup has ${header.migrations.length}, database ${migrations.length}).`,
    );
  const restored: Record<string, number> = {};
  await db.$transaction(
    async (tx) => {
      for (const table of BACKUP_TABLES) {
        if (table.seeded) continue;
        const [{ n }] = await tx.$queryRawUnsafe<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM "${table.name}"`,
        );
        if (n > 0) throw new Error(`Restore needs an empty database: "${table.name}" has rows.`);
      }
      // Nothing refers to the seeded rows yet (every other table is empty).
      for (const table of BACKUP_TABLES.filter((t) => t.seeded))
        await tx.$executeRawUnsafe(`DELETE FROM "${table.name}"`);
      let batch: unknown[] = [];
      let batchTable: string | null = null;
      const flush = async () => {
        if (!batchTable || !batch.length) return;
        await tx.$executeRawUnsafe(
          `INSERT INTO "${batchTable}" SELECT * FROM jsonb_populate_recordset(NULL::"${batchTable}", $1::jsonb)`,
          JSON.stringify(batch),
        );
        restored[batchTable] = (restored[batchTable] ?? 0) + batch.length;
        batch = [];
      };
      const tables = new Map(BACKUP_TABLES.map((t) => [t.name, t]));
      const links: { table: BackupTable; row: Record<string, unknown> }[] = [];
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        if (!next.value) continue;
        const { table, row } = JSON.parse(next.value) as {
          table: string;
          row: Record<string, unknown>;
        };
        const spec = tables.get(table);
        if (!spec) throw new Error(`Unknown table in the backup: ${table}.`);
        if (table !== batchTable || batch.length >= BATCH) await flush();
        batchTable = table;
        const later = (spec.linkedLater ?? []).filter((column) => row[column] != null);
        if (later.length) links.push({ table: spec, row });
        batch.push({ ...row, ...Object.fromEntries(later.map((column) => [column, null])) });
      }
      await flush();
      for (const { table, row } of links)
        for (const column of table.linkedLater ?? [])
          if (row[column] != null)
            await tx.$executeRawUnsafe(
              `UPDATE "${table.name}" SET "${column}" = $1 WHERE "${table.key}" = $2`,
              row[column],
              row[table.key],
            );
      for (const [table, count] of Object.entries(header.tables))
        if ((restored[table] ?? 0) !== count)
          throw new Error(
            `The backup is incomplete: ${table} has ${restored[table] ?? 0} of ${count} rows.`,
          );
      await tx.$executeRawUnsafe(
        `SELECT setval(pg_get_serial_sequence('"AuditEvent"', 'id'), coalesce(max(id), 0) + 1, false) FROM "AuditEvent"`,
      );
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
  return restored;
}
