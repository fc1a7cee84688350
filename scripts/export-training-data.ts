/**
 * `npm run export:training-data [-- --out FILE]`: the journalists' decisions as JSONL training records
 * (lib/data/training-data.ts), from DATABASE_URL or else the embedded database. Feed the file to
 * `npm run train:checkworthiness -- --extra FILE` to retrain the check-worthiness model on them.
 */
import { writeFileSync } from 'node:fs';
import { exportTrainingRecords } from '@/lib/data/training-data';
import { createPrismaClient } from '@/lib/prisma-client';
import { defaultDataDir, runningEmbeddedUrl, startEmbeddedPostgres } from '@/scripts/db/embedded';

function outFile(argv: string[]): string | null {
  if (argv.length === 0) return null;
  if (argv[0] === '--out' && argv[1] && argv.length === 2) return argv[1];
  throw new Error('usage: export:training-data [--out FILE] (default: standard output)');
}

async function main() {
  const out = outFile(process.argv.slice(2));
  const url = process.env.DATABASE_URL || runningEmbeddedUrl(defaultDataDir);
  const embedded = url ? undefined : await startEmbeddedPostgres({ dataDir: defaultDataDir });
  const db = createPrismaClient(url ?? embedded!.url, 2);
  try {
    const records = await exportTrainingRecords(db);
    const jsonl = records.map((r) => `${JSON.stringify(r)}\n`).join('');
    if (out) writeFileSync(out, jsonl);
    else process.stdout.write(jsonl);
    const labelled = records.filter((r) => r.checkworthy !== null);
    console.error(
      `export:training-data: ${records.length} records (${labelled.filter((r) => r.checkworthy).length} check-worthy, ${labelled.filter((r) => !r.checkworthy).length} not, ${records.length - labelled.length} corrections only)${out ? ` written to ${out}` : ''}`,
    );
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(`export:training-data: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
