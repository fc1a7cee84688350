import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { checkDrift } from '@/scripts/db/drift';
import { readSchema } from '@/scripts/db/schema-engine';

// On a PostgreSQL server (reached as the test database's owner) the check creates (and drops) its
// own scratch databases; otherwise it starts two in-memory embedded databases.
const serverUrl = inject('databaseServerUrl') || undefined;

describe('prisma/migrations and prisma/schema.prisma', () => {
  it('build the same database (no drift)', async () => {
    expect(await checkDrift(serverUrl)).toEqual([]);
  });

  it('drift is detected: a column and a model missing from the migrations, a changed default', async () => {
    const schema = readSchema()
      .replace(/(model User \{\n)/, '$1  nickname String?\n')
      .replace('reviewQuorum      Int    @default(1)', 'reviewQuorum      Int    @default(2)')
      .concat('\nmodel DriftProbe {\n  id Int @id\n}\n');
    const problems = await checkDrift(serverUrl, { schema });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^missing from the migrations: column "User"\."nickname"/),
        expect.stringMatching(/^missing from the migrations: column "DriftProbe"\."id"/),
        expect.stringMatching(/^missing from the migrations: index "DriftProbe_pkey"/),
        expect.stringMatching(/^differs: column "NewsroomSettings"\."reviewQuorum"/),
      ]),
    );
  });
});

describe('the test database', () => {
  const client = () => new pg.Client({ connectionString: process.env.DATABASE_URL });

  it('is the migrated database given to this worker as DATABASE_URL', async () => {
    expect(process.env.DATABASE_URL).toBe(inject('databaseUrl'));
    const db = client();
    await db.connect();
    try {
      const { rows } = await db.query(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL',
      );
      expect(rows.map((r) => r.migration_name)).toContainEqual(
        expect.stringMatching(/^\d{14}_init$/),
      );
    } finally {
      await db.end();
    }
  });

  it('keeps "AuditEvent" append-only: UPDATE, DELETE and TRUNCATE are rejected', async () => {
    // As the owner, so the trigger refuses (the app role on a server lacks the privileges anyway).
    const db = new pg.Client({ connectionString: serverUrl ?? process.env.DATABASE_URL });
    await db.connect();
    try {
      await db.query('BEGIN'); // rolled back at the end: the test leaves no rows behind
      const { rows } = await db.query(
        `INSERT INTO "AuditEvent" ("entity", "entityId", "action") VALUES ('Test', 'schema-drift', 'create') RETURNING "id"`,
      );
      const id = rows[0].id;
      for (const sql of [
        `UPDATE "AuditEvent" SET "action" = 'edited' WHERE "id" = ${id}`,
        `DELETE FROM "AuditEvent" WHERE "id" = ${id}`,
        `TRUNCATE "AuditEvent"`,
      ]) {
        await db.query('SAVEPOINT attempt');
        await expect(db.query(sql)).rejects.toThrow(/AuditEvent is append-only/);
        await db.query('ROLLBACK TO SAVEPOINT attempt');
      }
      const after = await db.query(`SELECT "action" FROM "AuditEvent" WHERE "id" = ${id}`);
      expect(after.rows).toEqual([{ action: 'create' }]);
    } finally {
      await db.query('ROLLBACK').catch(() => {});
      await db.end();
    }
  });

  describe('through Prisma with @prisma/adapter-pg (pool of 4)', () => {
    const prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 4 }),
    });
    afterAll(() => prisma.$disconnect());

    it('runs concurrent queries and an interactive transaction', async () => {
      const email = `drift-${Date.now()}@example.test`;
      const rolledBack = prisma.$transaction(async (tx) => {
        const user = await tx.user.create({ data: { email, name: 'Probe', passwordHash: 'x' } });
        await tx.auditEvent.create({
          data: { entity: 'User', entityId: user.id, action: 'create', actorId: user.id },
        });
        expect(await tx.user.count({ where: { email } })).toBe(1);
        throw new Error('roll back');
      });
      const counts = Array.from({ length: 12 }, () => prisma.user.count());
      await expect(rolledBack).rejects.toThrow('roll back');
      for (const n of await Promise.all(counts)) expect(n).toBeGreaterThanOrEqual(0);
      expect(await prisma.user.count({ where: { email } })).toBe(0);
    });
  });
});
