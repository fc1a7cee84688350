// Issue 10, item 17: on PostgreSQL the app (and this test tier) connects as a role that owns no
// table, so it cannot disable, drop or bypass the "AuditEvent" append-only trigger, truncate or
// alter tables, or rewrite the migration history. The embedded database has one superuser only.
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { grantAppRole } from '@/scripts/db/app-role';

const ownerUrl = inject('databaseServerUrl');

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

describe.skipIf(!ownerUrl)('the app database role (PostgreSQL)', () => {
  const appUrl = () => process.env.DATABASE_URL!;

  it('is neither a superuser nor the owner of any table, and cannot create one', async () => {
    await withClient(appUrl(), async (client) => {
      const { rows } = await client.query(
        `SELECT r.rolsuper, r.rolcreaterole, r.rolcreatedb,
                (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = current_schema() AND c.relowner = r.oid) AS owned,
                (SELECT tableowner FROM pg_tables WHERE tablename = 'AuditEvent') AS audit_owner,
                has_schema_privilege(current_schema(), 'CREATE') AS can_create
           FROM pg_roles r WHERE r.rolname = current_user`,
      );
      expect(rows[0]).toMatchObject({
        rolsuper: false,
        rolcreaterole: false,
        rolcreatedb: false,
        owned: 0,
        can_create: false,
      });
      const { rows: me } = await client.query('SELECT current_user AS name');
      expect(rows[0].audit_owner).not.toBe(me[0].name);
    });
  });

  it('cannot disable, drop or bypass the AuditEvent trigger, truncate or alter tables', async () => {
    await withClient(appUrl(), async (client) => {
      await client.query('BEGIN'); // rolled back at the end: nothing is left behind
      try {
        const { rows } = await client.query(
          `INSERT INTO "AuditEvent" ("entity", "entityId", "action") VALUES ('Test', 'app-role', 'create') RETURNING "id"`,
        );
        const id = rows[0].id;
        for (const sql of [
          `ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only_row"`,
          `ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`,
          `DROP TRIGGER "AuditEvent_append_only_row" ON "AuditEvent"`,
          `DROP TRIGGER "AuditEvent_append_only_truncate" ON "AuditEvent"`,
          `DROP FUNCTION "audit_event_append_only"() CASCADE`,
          `SET session_replication_role = replica`,
          `TRUNCATE "AuditEvent"`,
          `UPDATE "AuditEvent" SET "action" = 'edited' WHERE "id" = ${id}`,
          `DELETE FROM "AuditEvent" WHERE "id" = ${id}`,
          `TRUNCATE "Claim" CASCADE`,
          `ALTER TABLE "Claim" ADD COLUMN "probe" int`,
          `DROP TABLE "Publication"`,
          `CREATE TABLE "Probe" ("id" int)`,
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name") VALUES ('x', 'x', 'x')`,
          `DELETE FROM "_prisma_migrations"`,
        ]) {
          await client.query('SAVEPOINT attempt');
          await expect(client.query(sql), sql).rejects.toThrow(
            /permission denied|must be owner|must be superuser/,
          );
          await client.query('ROLLBACK TO SAVEPOINT attempt');
        }
        const after = await client.query(`SELECT "action" FROM "AuditEvent" WHERE "id" = ${id}`);
        expect(after.rows).toEqual([{ action: 'create' }]);
      } finally {
        await client.query('ROLLBACK');
      }
    });
  });

  it('still reads and writes rows of the app tables', async () => {
    await withClient(appUrl(), async (client) => {
      await client.query('BEGIN');
      try {
        const email = `role-${Date.now()}@example.test`;
        await client.query(
          `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ($1, $2, 'Probe', 'x', now())`,
          [`role-probe-${Date.now()}`, email],
        );
        const updated = await client.query(`UPDATE "User" SET "name" = 'P' WHERE "email" = $1`, [
          email,
        ]);
        expect(updated.rowCount).toBe(1);
        const deleted = await client.query(`DELETE FROM "User" WHERE "email" = $1`, [email]);
        expect(deleted.rowCount).toBe(1);
      } finally {
        await client.query('ROLLBACK');
      }
    });
  });

  it('npm run db:grant refuses the owner, a superuser and a malformed name as the app role', async () => {
    const owner = await withClient(
      ownerUrl,
      async (c) => (await c.query('SELECT current_user AS n')).rows[0].n as string,
    );
    await expect(grantAppRole(ownerUrl, owner)).rejects.toThrow(/migration owner/);
    await expect(grantAppRole(ownerUrl, 'Robert"; DROP TABLE x')).rejects.toThrow(/Role name/);
    const superuser = `factdesk_probe_${Date.now()}`;
    await withClient(ownerUrl, (c) => c.query(`CREATE ROLE ${superuser} SUPERUSER`));
    try {
      await expect(grantAppRole(ownerUrl, superuser)).rejects.toThrow(/superuser/);
    } finally {
      await withClient(ownerUrl, (c) => c.query(`DROP ROLE ${superuser}`));
    }
  });
});
