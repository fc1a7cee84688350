// `npm run db:seed`: adds the demo users and article to DATABASE_URL's database, or to the embedded one.
import { createPrismaClient } from '@/lib/prisma-client';
import { readEnv } from '@/lib/schemas/env';
import { defaultDataDir, runningEmbeddedUrl, startEmbeddedPostgres } from '@/scripts/db/embedded';
import { applyMigrations } from '@/scripts/db/migrate';
import { embeddedSecretFile } from '@/scripts/db/paths';
import { readOrCreateSecret } from '@/scripts/lib/secret';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoData } from './demo-data';

async function main() {
  // The embedded database is used through its port when the app is serving it, else opened here.
  const url = process.env.DATABASE_URL || runningEmbeddedUrl(defaultDataDir);
  if (!process.env.DATABASE_URL)
    process.env.NEXTAUTH_SECRET ??= readOrCreateSecret(embeddedSecretFile);
  // Publishing the demo verdict goes through lib/db, which checks the environment: check it before
  // anything is written, so a missing setting leaves the database as it was.
  readEnv({ ...process.env, DATABASE_URL: url ?? 'embedded' });
  const embedded = url ? undefined : await startEmbeddedPostgres({ dataDir: defaultDataDir });
  const databaseUrl = url ?? embedded!.url;
  const db = createPrismaClient(databaseUrl, 2);
  try {
    await applyMigrations(databaseUrl);
    process.env.DATABASE_URL = databaseUrl; // the workflow service publishing the demo verdict uses lib/db
    const { created } = await seedDemoData(db, { publishVerdict: true });
    console.log(
      created.length
        ? `Seeded: ${created.join(', ')}`
        : 'Demo data already present; nothing added.',
    );
    console.log(
      `Demo logins (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => u.email).join(', ')}`,
    );
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
