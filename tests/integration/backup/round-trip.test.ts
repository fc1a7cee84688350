// Backup → restore into an empty database → the public API and site data answer the same.
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { backupArchive, restoreArchive } from '@/lib/backup/archive';
import { db } from '@/lib/db';
import { createPrismaClient, type Db } from '@/lib/prisma-client';
import { createArticle, createUser } from '@/prisma/factories';
import { addPublication, createPublishedClaim } from '@/prisma/publication-factory';
import { applyMigrations } from '@/scripts/db/migrate';

vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

// The test database's owner on a PostgreSQL server (empty on the embedded one, which hosts one database).
const serverUrl = inject('databaseServerUrl');
const restoreUrl = (() => {
  const url = new URL(serverUrl || 'postgresql://unused/none');
  url.pathname = `${url.pathname}_restore`;
  return url.href;
})();
const restoreName = new URL(restoreUrl).pathname.slice(1);
let restored: Db;
let slug: string;

async function admin(sql: string) {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}

async function archiveOf(database: Db): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of backupArchive(database)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The archive's rows (the header's timestamp aside), for comparing two backups. */
const rowsOf = (archive: Buffer) => gunzipSync(archive).toString('utf8').split('\n').slice(1);

/** What readers and API clients get: the routes' bodies and the public claim page's data. */
async function publicAnswers() {
  const verdicts = await import('@/app/api/v1/verdicts/route');
  const verdict = await import('@/app/api/v1/verdicts/[id]/route');
  const feed = await import('@/app/api/v1/claim-review-feed/route');
  const csv = await import('@/app/api/v1/verdicts.csv/route');
  const page = await import('@/lib/data/public/claim-page');
  const request = (path: string) => new Request(`http://factdesk.test${path}`);
  return {
    list: await (await verdicts.GET(request('/api/v1/verdicts'))).text(),
    detail: await (
      await verdict.GET(request(`/api/v1/verdicts/${slug}`), {
        params: Promise.resolve({ id: slug }),
      } as never)
    ).text(),
    feed: await (await feed.GET(request('/api/v1/claim-review-feed'))).text(),
    csv: await (await csv.GET(request('/api/v1/verdicts.csv'))).text(),
    page: JSON.stringify(await page.getPublicClaimPage(slug)),
  };
}

beforeAll(async () => {
  if (!serverUrl) return;
  const editor = await createUser(db, { role: 'EDITOR' });
  const body = 'The mayor said "crime fell by 20 percent" last year, and taxes did not rise.';
  const article = await createArticle(db, {
    createdById: editor.id,
    body,
    outlet: 'Backup Herald',
    publishedAt: new Date('2026-03-01T00:00:00Z'),
  });
  const text = 'crime fell by 20 percent';
  const published = await createPublishedClaim(db, {
    articleId: article.id,
    text,
    start: body.indexOf(text),
    speaker: 'Mayor Backup',
    rating: 'MOSTLY_FALSE',
    publishedById: editor.id,
    publishedAt: new Date('2026-03-05T00:00:00Z'),
  });
  await addPublication(db, published.id, {
    claimText: text,
    speaker: 'Mayor Backup',
    rating: 'FALSE',
    correctionNote: 'We misread the table.',
    publishedById: editor.id,
    publishedAt: new Date('2026-03-07T00:00:00Z'),
  });
  await db.auditEvent.create({
    data: { actorId: editor.id, entity: 'claim', entityId: published.id, action: 'claim.publish' },
  });
  slug = published.slug;
  await admin(`DROP DATABASE IF EXISTS "${restoreName}"`);
  await admin(`CREATE DATABASE "${restoreName}"`);
  await applyMigrations(restoreUrl);
  restored = createPrismaClient(restoreUrl, 2);
});

afterAll(async () => {
  await restored?.$disconnect();
  await db.$disconnect();
  if (serverUrl) await admin(`DROP DATABASE IF EXISTS "${restoreName}" WITH (FORCE)`);
});

describe.skipIf(!serverUrl)('backup and restore', () => {
  it('round-trips every row, and the public API and site answer the same', async () => {
    const before = await publicAnswers();
    const archive = await archiveOf(db);
    const counts = await restoreArchive(restored, Readable.from(archive));
    expect(counts.Publication).toBeGreaterThanOrEqual(2);
    expect(rowsOf(await archiveOf(restored))).toEqual(rowsOf(archive));

    // The same app code, now reading the restored database.
    vi.resetModules();
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = restoreUrl;
    const global = globalThis as { factdeskPrisma?: unknown };
    const sourceClient = global.factdeskPrisma;
    delete global.factdeskPrisma;
    try {
      const after = await publicAnswers();
      expect(after).toEqual(before);
      expect(JSON.parse(after.detail).corrections).toHaveLength(1);
      const restoredDb = (await import('@/lib/db')).db;
      const [{ name }] = await restoredDb.$queryRaw<
        { name: string }[]
      >`SELECT current_database() AS name`;
      expect(name).toBe(restoreName);
      // New audit events continue after the restored ones.
      const next = await restoredDb.auditEvent.create({
        data: { entity: 'claim', entityId: 'x', action: 'test' },
      });
      const [{ max }] = await restoredDb.$queryRaw<{ max: bigint }[]>`
        SELECT max(id) AS max FROM "AuditEvent" WHERE action <> 'test'`;
      expect(next.id > max).toBe(true);
      await restoredDb.$disconnect();
    } finally {
      process.env.DATABASE_URL = saved;
      global.factdeskPrisma = sourceClient;
    }
  });

  it('refuses a database that holds data, and a file that is not a backup; nothing changes', async () => {
    const archive = await archiveOf(db);
    const before = rowsOf(await archiveOf(restored));
    await expect(restoreArchive(restored, Readable.from(archive))).rejects.toThrow(
      /empty database/,
    );
    await expect(
      restoreArchive(restored, Readable.from(gunzipSync(archive).subarray(0, 10))),
    ).rejects.toThrow();
    expect(rowsOf(await archiveOf(restored))).toEqual(before);
  });
});
