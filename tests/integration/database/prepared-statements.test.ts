import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/prisma-client';
import { preparedStatementLimit } from '@/lib/statement-names';

// One connection, so the query that lists the session's prepared statements runs where they were made.
const url = process.env.DATABASE_URL!;
const db = createPrismaClient(url, 1, 50);
afterAll(() => db.$disconnect());

async function preparedNames(): Promise<string[]> {
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT name FROM pg_prepared_statements WHERE name LIKE 'factdesk%' ORDER BY name`;
  return rows.map((row) => row.name);
}

describe('prepared statements', () => {
  it('a query shape is prepared once per connection on a server, and never on the embedded database', async () => {
    for (let i = 0; i < 3; i += 1) await db.user.findMany({ where: { disabled: false }, take: 1 });
    const names = await preparedNames();
    if (preparedStatementLimit(url, 50) === 0) {
      expect(names).toEqual([]);
    } else {
      // The user query and this listing query each have one name, however often they ran.
      expect(names.length).toBeGreaterThanOrEqual(1);
      expect(new Set(names).size).toBe(names.length);
      await db.user.findMany({ where: { disabled: false }, take: 1 });
      expect(await preparedNames()).toEqual(names);
    }
  });
});
