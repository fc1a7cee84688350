import { afterAll, beforeAll } from 'vitest';
import { db } from '@/lib/db';

/** Other suites read the one settings row (review quorum, newsroom name): put it back as it was. */
export function restoreSettingsAfterAll(): void {
  let original: Awaited<ReturnType<typeof db.newsroomSettings.findUnique>> = null;
  beforeAll(async () => {
    original = await db.newsroomSettings.findUnique({ where: { id: 'newsroom' } });
  });
  afterAll(async () => {
    if (original) await db.newsroomSettings.update({ where: { id: 'newsroom' }, data: original });
    else await db.newsroomSettings.deleteMany({ where: { id: 'newsroom' } });
  });
}
