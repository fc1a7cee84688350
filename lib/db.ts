import 'server-only';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createPrismaClient } from '@/lib/prisma-client';

// One client per process; kept on globalThis so dev-mode reloads do not open new pools.
const globalForPrisma = globalThis as unknown as { factdeskPrisma?: PrismaClient };

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString)
    throw new Error('DATABASE_URL is not set. Start the app with `npm start`, which sets it.');
  return createPrismaClient(connectionString, Number(process.env.DATABASE_POOL_SIZE ?? 8));
}

export const db: PrismaClient = globalForPrisma.factdeskPrisma ?? createClient();
globalForPrisma.factdeskPrisma = db;
