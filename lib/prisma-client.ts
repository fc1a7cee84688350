import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/** Builds a Prisma client over node-postgres; the app uses the one in lib/db.ts, scripts and tests make their own. */
export function createPrismaClient(connectionString: string, max = 8): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}
