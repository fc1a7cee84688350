// The app's least-privilege PostgreSQL role: it reads and writes rows and owns nothing, so it cannot
// alter, drop or truncate a table, or disable or drop the "AuditEvent" append-only trigger.
// Migrations run as the owner: MIGRATION_DATABASE_URL, else DATABASE_URL (docs/database.md).
//   npm run db:grant -- <role>   as the owner: create <role> (LOGIN) if missing, grant it row access
//                                (set APP_DATABASE_PASSWORD to give it that password)
import pg from 'pg';
import { JOB_SCHEMA } from '@/lib/jobs/queues';
import { isMain } from './paths';

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The connection that migrates (owns the tables): MIGRATION_DATABASE_URL, else DATABASE_URL. */
export function migrationUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.MIGRATION_DATABASE_URL || env.DATABASE_URL || undefined;
}

/**
 * As the owner at `ownerUrl`: create `role` (LOGIN) if it does not exist, then grant it
 * SELECT/INSERT/UPDATE/DELETE on the current schema's tables (also on tables the owner creates
 * later), USAGE on its sequences, and nothing else: no TRUNCATE, REFERENCES, TRIGGER or CREATE;
 * "AuditEvent" gets SELECT and INSERT only, `_prisma_migrations` SELECT only. Idempotent.
 * Refuses a role that is a superuser, is (or is a member of) the owner, or owns relations.
 * Returns warnings (e.g. a schema whose CREATE privilege is granted to PUBLIC).
 */
export async function grantAppRole(
  ownerUrl: string,
  role: string,
  options: { password?: string } = {},
): Promise<string[]> {
  if (!ROLE_NAME.test(role))
    throw new Error(`Role name "${role}": use lower-case letters, digits and "_" (max 63).`);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const id = (name: string) => client.escapeIdentifier(name);
  try {
    await client.query('BEGIN');
    const { rows: context } = await client.query<{ owner: string; schema: string; db: string }>(
      'SELECT current_user AS owner, current_schema() AS schema, current_database() AS db',
    );
    const { owner, schema, db } = context[0];
    if (role === owner)
      throw new Error(`"${role}" is the migration owner; the app role must be a different role.`);
    const { rows: existing } = await client.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
      'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1',
      [role],
    );
    const password = options.password ? ` PASSWORD ${client.escapeLiteral(options.password)}` : '';
    if (existing.length === 0) await client.query(`CREATE ROLE ${id(role)} LOGIN${password}`);
    else if (existing[0].rolsuper || existing[0].rolbypassrls)
      throw new Error(
        `"${role}" is a superuser (or bypasses row security); the app role must not be.`,
      );
    else if (password) await client.query(`ALTER ROLE ${id(role)}${password}`);

    const { rows: membership } = await client.query<{ member: boolean }>(
      `SELECT pg_has_role($1, $2, 'MEMBER') AS member`,
      [role, owner],
    );
    if (membership[0].member)
      throw new Error(`"${role}" is a member of the owner "${owner}" and would act as the owner.`);
    const { rows: owned } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = $2)`,
      [schema, role],
    );
    if (owned.length > 0)
      throw new Error(
        `"${role}" owns ${owned.map((r) => `"${r.name}"`).join(', ')}; ` +
          `hand them to the owner first (REASSIGN OWNED BY ${role} TO ${owner}).`,
      );

    const s = id(schema);
    const r = id(role);
    const { rows: access } = await client.query<{ connect: boolean; usage: boolean }>(
      `SELECT has_database_privilege($1, $2, 'CONNECT') AS connect,
              has_schema_privilege($1, $3, 'USAGE') AS usage`,
      [role, db, schema],
    );
    // Usually granted to PUBLIC already; granting them needs the database's and schema's owner.
    if (!access[0].connect) await client.query(`GRANT CONNECT ON DATABASE ${id(db)} TO ${r}`);
    if (!access[0].usage) await client.query(`GRANT USAGE ON SCHEMA ${s} TO ${r}`);
    for (const sql of [
      `REVOKE ALL ON ALL TABLES IN SCHEMA ${s} FROM ${r}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r}`,
      `REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${s} FROM ${r}`,
      `GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${id(owner)} IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${id(owner)} IN SCHEMA ${s} GRANT USAGE ON SEQUENCES TO ${r}`,
    ])
      await client.query(sql);
    // Append-only in the privileges too, not only in the trigger; migration history is the owner's.
    for (const [table, keep] of [
      ['AuditEvent', 'SELECT, INSERT'],
      ['_prisma_migrations', 'SELECT'],
    ] as const) {
      const { rows } = await client.query<{ exists: boolean }>(
        'SELECT to_regclass($1) IS NOT NULL AS exists',
        [`${id(schema)}.${id(table)}`],
      );
      if (!rows[0].exists) continue;
      await client.query(`REVOKE ALL ON ${s}.${id(table)} FROM ${r}`);
      await client.query(`GRANT ${keep} ON ${s}.${id(table)} TO ${r}`);
    }
    await grantJobSchema(client, owner, r);
    await client.query('COMMIT');

    const { rows: create } = await client.query<{ can: boolean }>(
      `SELECT has_schema_privilege($1, $2, 'CREATE') AS can`,
      [role, schema],
    );
    return create[0].can
      ? [
          `"${role}" may still CREATE in schema "${schema}" (granted to it or, before PostgreSQL 15, ` +
            `to PUBLIC): as the schema's owner run REVOKE CREATE ON SCHEMA ${schema} FROM PUBLIC, ${role}.`,
        ]
      : [];
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}

/**
 * Rows of the job queue's schema (installed by the migrations as the owner): the app and its
 * workers send, fetch, complete and clean up jobs; creating a queue (a table) stays the owner's.
 */
async function grantJobSchema(client: pg.Client, owner: string, role: string): Promise<void> {
  const { rows } = await client.query<{ exists: boolean }>(
    'SELECT to_regnamespace($1) IS NOT NULL AS exists',
    [JOB_SCHEMA],
  );
  if (!rows[0].exists) return;
  const s = client.escapeIdentifier(JOB_SCHEMA);
  for (const sql of [
    `GRANT USAGE ON SCHEMA ${s} TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${role}`,
    `REVOKE SELECT, INSERT, UPDATE, DELETE ON ${s}.version FROM ${role}`,
    `GRANT SELECT ON ${s}.version TO ${role}`,
    // pg-boss's workers take turns at maintenance (failing expired jobs: a crashed worker's job is
    // retried only then), monitoring and cron by stamping these; the schema version stays read-only.
    `GRANT UPDATE (maintained_on, monitored_on, cron_on) ON ${s}.version TO ${role}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${client.escapeIdentifier(owner)} IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
  ])
    await client.query(sql);
}

/** `url` with its user and password replaced (the same server and database, as another role). */
export function urlAsRole(url: string, role: string, password?: string): string {
  const next = new URL(url);
  next.username = encodeURIComponent(role);
  next.password = password ? encodeURIComponent(password) : '';
  return next.toString();
}

async function main(): Promise<void> {
  const role = process.argv[2];
  const ownerUrl = migrationUrl();
  if (!role || !ownerUrl) {
    console.error(
      'Usage: MIGRATION_DATABASE_URL=postgresql://owner@host/db npm run db:grant -- <role>\n' +
        '(or DATABASE_URL as the owner; APP_DATABASE_PASSWORD sets the role password)',
    );
    process.exitCode = 1;
    return;
  }
  const warnings = await grantAppRole(ownerUrl, role, {
    password: process.env.APP_DATABASE_PASSWORD,
  });
  console.log(`"${role}" may now read and write rows, and nothing else.`);
  for (const warning of warnings) console.warn(`warning: ${warning}`);
}

if (isMain(__filename)) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
