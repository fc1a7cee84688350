import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { db } from '@/lib/db';
import { createArticle, createUser } from '@/prisma/factories';

// Two PostgreSQL sessions at once (the embedded database has one session, so nothing to race).
const serverUrl = inject('databaseServerUrl');

afterAll(async () => {
  await db.$disconnect();
});

describe.skipIf(!serverUrl)('the analytics summaries under concurrent writers', () => {
  it('two imports of the same day writing claims in opposite orders do not deadlock', async () => {
    const author = await createUser(db, { role: 'JOURNALIST' });
    const article = await createArticle(db, {
      createdById: author.id,
      body: 'Body.',
      extract: false,
      outlet: `Locking Ledger ${randomBytes(4).toString('hex')}`,
    });
    const url = process.env.DATABASE_URL!;
    const [a, b] = [new Client({ connectionString: url }), new Client({ connectionString: url })];
    await Promise.all([a.connect(), b.connect()]);
    // Each claim's insert upserts the day's summary row for its check-worthiness: A takes "true"
    // then "false", B "false" then "true" — the order that deadlocks without the day's lock.
    const insert = (client: Client, checkworthy: boolean) =>
      client.query(
        `INSERT INTO "Claim" (id, slug, "articleId", text, statement, start, "end", "sentenceStart", "sentenceEnd", checkworthy, "updatedAt")
         VALUES ($1, $1, $2, 'x', 'x', 0, 1, 0, 1, $3, now())`,
        [`lock-${randomBytes(6).toString('hex')}`, article.id, checkworthy],
      );
    try {
      await a.query('BEGIN');
      await b.query('BEGIN');
      await insert(a, true);
      const bFirst = insert(b, false); // waits for A's day lock (without it: takes the "false" row)
      await new Promise((resolve) => setTimeout(resolve, 300));
      await insert(a, false);
      await a.query('COMMIT');
      await bFirst;
      await insert(b, true);
      await b.query('COMMIT');
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
    const day = await db.claim.count({ where: { articleId: article.id } });
    expect(day).toBe(4);
  });
});
