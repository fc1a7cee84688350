/** The embedded database's URL carries this application_name (scripts/db/embedded.ts). */
export const EMBEDDED_APPLICATION_NAME = 'factdesk-embedded';

/**
 * How many query shapes a connection to this database may keep prepared: none on the embedded
 * database, whose one PGlite session every connection shares, so two connections' statements of
 * one name would collide there.
 */
export function preparedStatementLimit(connectionString: string, wanted: number): number {
  const applicationName = URL.canParse(connectionString)
    ? new URL(connectionString).searchParams.get('application_name')
    : null;
  return applicationName === EMBEDDED_APPLICATION_NAME ? 0 : wanted;
}

/**
 * Names for node-postgres prepared statements, so each connection parses and plans a query shape
 * once and then only binds it (as Prisma's former Rust engine did with its statement cache). The
 * first `limit` distinct SQL texts get a name; later ones run unnamed, as every query did before,
 * so a stream of one-off shapes (IN lists of every length) cannot grow each session without bound.
 */
export function statementNameGenerator(limit: number): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    // Unnamed (undefined) is what node-postgres does without a name; the adapter's type omits it.
    if (known || names.size >= limit) return known as string;
    const name = `factdesk_${names.size + 1}`;
    names.set(sql, name);
    return name;
  };
}
