import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * Builds a Prisma client over node-postgres; the app uses the one in lib/db.ts, scripts and tests make their own.
 * Secrets are never read unless a query asks for them by name (`omit: { passwordHash: false }`).
 */
export function createPrismaClient(connectionString: string, max = 8) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max }),
    omit: { user: { passwordHash: true }, apiToken: { tokenHash: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
