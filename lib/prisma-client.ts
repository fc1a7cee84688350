import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { preparedStatementLimit, statementNameGenerator } from '@/lib/statement-names';

// Prisma's defaults (2 s to start a transaction, 5 s to finish it) fail imports of long articles
// under load: on the embedded database an open transaction holds the one PGlite session, so the
// next one waits for it to end, and storing hundreds of claims takes seconds on a busy 2-core host.
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 };

/**
 * Builds a Prisma client over node-postgres; the app uses the one in lib/db.ts, scripts and tests make their own.
 * Secrets are never read unless a query asks for them by name (`omit: { passwordHash: false }`).
 */
export function createPrismaClient(connectionString: string, max = 8, preparedStatements = 0) {
  const limit = preparedStatementLimit(connectionString, preparedStatements);
  const statements = limit ? { statementNameGenerator: statementNameGenerator(limit) } : undefined;
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max }, statements),
    transactionOptions: TRANSACTION_OPTIONS,
    omit: { user: { passwordHash: true }, apiToken: { tokenHash: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
