// A comparable description of a database's schema, read from the PostgreSQL catalogs:
// columns (type, nullability, default), indexes, constraints and enums of the `public` schema.
import pg from 'pg';

/** key (e.g. `column "User"."email"`) → description; Prisma's bookkeeping table is left out. */
export type Catalog = Map<string, string>;

const QUERIES: Record<string, string> = {
  column: `
    SELECT format('"%s"."%s"', table_name, column_name) AS key,
           concat_ws(' ', CASE WHEN data_type IN ('USER-DEFINED', 'ARRAY') THEN udt_name ELSE data_type END,
                     '(' || coalesce(character_maximum_length, datetime_precision) || ')',
                     CASE WHEN is_nullable = 'NO' THEN 'NOT NULL' END,
                     'DEFAULT ' || column_default) AS value
      FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  index: `
    SELECT format('"%s"', indexname) AS key, indexdef AS value
      FROM pg_indexes
     WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  constraint: `
    SELECT format('"%s"."%s"', rel.relname, con.conname) AS key,
           con.contype::text || ' ' || pg_get_constraintdef(con.oid) AS value
      FROM pg_constraint con
      JOIN pg_class rel ON rel.oid = con.conrelid
      JOIN pg_namespace ns ON ns.oid = rel.relnamespace
     WHERE ns.nspname = 'public' AND rel.relname <> '_prisma_migrations'`,
  enum: `
    SELECT format('"%s"', t.typname) AS key, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS value
      FROM pg_type t
      JOIN pg_enum e ON e.enumtypid = t.oid
      JOIN pg_namespace ns ON ns.oid = t.typnamespace
     WHERE ns.nspname = 'public'
     GROUP BY t.typname`,
};

export async function readCatalog(url: string): Promise<Catalog> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const catalog: Catalog = new Map();
    for (const [kind, sql] of Object.entries(QUERIES)) {
      const { rows } = await client.query<{ key: string; value: string }>(sql);
      for (const row of rows) catalog.set(`${kind} ${row.key}`, row.value);
    }
    return catalog;
  } finally {
    await client.end();
  }
}

/** Human-readable differences between what the migrations built and what the schema expects. */
export function compareCatalogs(migrated: Catalog, expected: Catalog): string[] {
  const problems: string[] = [];
  for (const [key, value] of expected) {
    const actual = migrated.get(key);
    if (actual === undefined) problems.push(`missing from the migrations: ${key} (${value})`);
    else if (actual !== value)
      problems.push(`differs: ${key}: migrations give "${actual}", schema gives "${value}"`);
  }
  for (const [key, value] of migrated) {
    if (!expected.has(key)) problems.push(`not in the schema: ${key} (${value})`);
  }
  return problems.sort();
}
