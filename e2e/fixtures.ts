import { test as base } from '@playwright/test';
import { createPrismaClient, type Db } from '@/lib/prisma-client';

// Specs make their own records through the seed's factories, against the database the app under test uses.
export const test = base.extend<object, { db: Db }>({
  db: [
    async ({}, use) => {
      const url = process.env.DATABASE_URL;
      if (!url) throw new Error('e2e needs DATABASE_URL (run it through `npm test`).');
      const db = createPrismaClient(url, 2);
      await use(db);
      await db.$disconnect();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
