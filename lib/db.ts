import 'server-only';
import { env } from '@/lib/env';
import { createPrismaClient, type Db } from '@/lib/prisma-client';

// One client per process; kept on globalThis so dev-mode reloads do not open new pools.
const globalForPrisma = globalThis as unknown as { factdeskPrisma?: Db };

export const db: Db =
  globalForPrisma.factdeskPrisma ??
  createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_SIZE, env.DATABASE_PREPARED_STATEMENTS);
globalForPrisma.factdeskPrisma = db;
