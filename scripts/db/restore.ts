/**
 * `npm run db:restore -- FILE`: migrates the database (MIGRATION_DATABASE_URL, else DATABASE_URL,
 * else the embedded one) to the current schema, then restores the backup into it in one
 * transaction. The database must hold no newsroom data; nothing changes when the restore fails.
 */
import { createReadStream } from 'node:fs';
import { restoreArchive } from '@/lib/backup/archive';
import { createPrismaClient } from '@/lib/prisma-client';
import { migrationUrl } from './app-role';
import { defaultDataDir, runningEmbeddedUrl, startEmbeddedPostgres } from './embedded';
import { applyMigrations } from './migrate';

async function main() {
  const [file] = process.argv.slice(2);
  if (!file) throw new Error('usage: npm run db:restore -- FILE');
  const url = migrationUrl() || runningEmbeddedUrl(defaultDataDir);
  const embedded = url ? undefined : await startEmbeddedPostgres({ dataDir: defaultDataDir });
  const target = url ?? embedded!.url;
  await applyMigrations(target);
  const db = createPrismaClient(target, 2);
  try {
    const restored = await restoreArchive(db, createReadStream(file));
    console.error(
      `db:restore: restored ${Object.entries(restored)
        .map(([table, n]) => `${n} ${table}`)
        .join(', ')}`,
    );
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(`db:restore: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
