import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { DEMO_ARTICLE, DEMO_USERS, seedDemoData } from '@/prisma/demo-data';

describe('demo data', () => {
  it('adds the demo users, the Istanbul article and one verdict published through the workflow, once', async () => {
    const first = await seedDemoData(db, { publishVerdict: true });
    expect(first.created).toEqual(
      expect.arrayContaining(['demo article', 'one published verdict']),
    );
    for (const user of DEMO_USERS)
      expect(await db.user.findUnique({ where: { email: user.email } })).toMatchObject({
        role: user.role,
        disabled: false,
      });

    const article = await db.article.findFirstOrThrow({
      where: { title: DEMO_ARTICLE.title },
      include: { claims: true },
    });
    expect(article.claims.length).toBeGreaterThan(20);
    const published = article.claims.filter((c) => c.state === 'PUBLISHED');
    expect(published.map((c) => c.text)).toEqual(['over 12,000 Ukrainian civilians killed']);
    expect(
      await db.publication.count({ where: { claimId: published[0].id, withdrawnAt: null } }),
    ).toBe(1);
    const trail = await db.auditEvent.findMany({
      where: { entityId: published[0].id },
      orderBy: { id: 'asc' },
      select: { action: true },
    });
    expect(trail.map((e) => e.action)).toEqual([
      'claim.start_sourcing',
      'claim.source_add',
      'claim.start_verifying',
      'claim.verdict_propose',
      'claim.submit_for_review',
      'claim.approve',
      'claim.publish',
    ]);

    expect((await seedDemoData(db, { publishVerdict: true })).created).toEqual([]);
  });
});
