/**
 * `npm run db:backup -- FILE`: the newsroom's full backup (gzip JSON Lines) from DATABASE_URL, else
 * the embedded database. `npm run db:restore -- FILE` restores one into an empty database.
 */
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { backupArchive } from '@/lib/backup/archive';
import { createPrismaClient } from '@/lib/prisma-client';
import { defaultDataDir, runningEmbeddedUrl, startEmbeddedPostgres } from './embedded';

async function main() {
  const [file] = process.argv.slice(2);
  if (!file) throw new Error('usage: npm run db:backup -- FILE');
  const url = process.env.DATABASE_URL || runningEmbeddedUrl(defaultDataDir);
  const embedded = url ? undefined : await startEmbeddedPostgres({ dataDir: defaultDataDir });
  const db = createPrismaClient(url ?? embedded!.url, 2);
  try {
    await pipeline(backupArchive(db), createWriteStream(file));
    console.error(`db:backup: wrote ${file}`);
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(`db:backup: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
