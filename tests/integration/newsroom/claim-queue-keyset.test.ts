import { describe, expect, it } from 'vitest';
import { claimFilterSql, countClaimsUpTo } from '@/lib/data/claim-list-query';
import { claimListPage, claimQueuePage } from '@/lib/data/claim-queue-page';
import type { QueueSort } from '@/lib/data/queue-keyset';
import { db } from '@/lib/db';
import type { Priority } from '@/lib/generated/prisma/enums';
import { createArticle, createClaim } from '@/prisma/factories';
import { actor } from '../../support/actors';

const PRIORITY_RANK: Record<Priority, number> = { URGENT: 0, HIGH: 1, NORMAL: 2, LOW: 3 };
const DAY = 86_400_000;

interface Made {
  id: string;
  updatedAt: Date;
  dueAt: Date | null;
  priority: Priority;
}

// The queue's documented orders (lib/data/claims.ts QUEUE_ORDER), written out independently.
const EXPECTED: Record<QueueSort, (a: Made, b: Made) => number> = {
  updated: (a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || (a.id < b.id ? 1 : -1),
  oldest: (a, b) => a.updatedAt.getTime() - b.updatedAt.getTime() || (a.id < b.id ? -1 : 1),
  due: (a, b) =>
    (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) ||
    a.updatedAt.getTime() - b.updatedAt.getTime() ||
    (a.id < b.id ? -1 : 1),
  priority: (a, b) =>
    PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
    a.updatedAt.getTime() - b.updatedAt.getTime() ||
    (a.id < b.id ? -1 : 1),
};

describe('claim queue keyset pages', () => {
  it('walks every sort forward and back in pages, each claim once, in the queue order', async () => {
    const editor = await actor('EDITOR');
    const article = await createArticle(db, { createdById: editor.id, extract: false });
    const base = Date.now() - 30 * DAY;
    const made: Made[] = [];
    const priorities: Priority[] = ['LOW', 'URGENT', 'NORMAL', 'HIGH', 'NORMAL'];
    for (let n = 0; n < 11; n++) {
      const claim = await createClaim(db, {
        articleId: article.id,
        text: `Keyset claim ${n} ${article.id}`,
        start: n * 100,
      });
      // Ties on updatedAt (n % 4) and on due dates make the id decide.
      const data = {
        updatedAt: new Date(base + (n % 4) * DAY),
        dueAt: n % 3 === 0 ? null : new Date(base + (n % 2) * DAY),
        priority: priorities[n % priorities.length],
      };
      await db.claim.update({ where: { id: claim.id }, data });
      made.push({ id: claim.id, ...data });
    }
    const conditions = claimFilterSql({ article: article.id }, editor.id);

    for (const sort of ['updated', 'oldest', 'due', 'priority'] as const) {
      const expected = [...made].sort(EXPECTED[sort]).map((c) => c.id);
      const pages: string[][] = [];
      const cursors: (string | null)[] = [];
      let cursor: string | undefined;
      for (;;) {
        const page = await claimListPage(conditions, sort, cursor, { pageSize: 3 });
        pages.push(page.rows.map((r) => r.id));
        cursors.push(page.previous);
        expect(page.total).toBe(11);
        if (!page.next) break;
        cursor = page.next;
      }
      expect(pages.flat(), sort).toEqual(expected);
      expect(cursors[0]).toBeNull();
      // Back from the last page, one "Previous page" at a time, to the first.
      let back = cursors.at(-1)!;
      for (let p = pages.length - 2; p >= 0; p--) {
        const page = await claimListPage(conditions, sort, back, { pageSize: 3 });
        expect(
          page.rows.map((r) => r.id),
          `${sort} page ${p}`,
        ).toEqual(pages[p]);
        if (p > 0) back = page.previous!;
        else expect(page.previous).toBeNull();
      }
    }
  });

  it('filters like the API and counts only up to a cap', async () => {
    const editor = await actor('EDITOR');
    const article = await createArticle(db, { createdById: editor.id, extract: false });
    const word = `zq${article.id.slice(-8)}`;
    for (let n = 0; n < 4; n++)
      await createClaim(db, {
        articleId: article.id,
        text: `A ${n % 2 ? word.toUpperCase() : 'plain'} claim 100%_${n} ${article.id}`,
        start: n * 100,
        speaker: n === 3 ? 'Ana Adler' : null,
      });
    const page = await claimQueuePage(editor, { article: article.id, q: word }, undefined);
    expect(page.rows.map((r) => r.text).sort()).toEqual([
      `A ${word.toUpperCase()} claim 100%_1 ${article.id}`,
      `A ${word.toUpperCase()} claim 100%_3 ${article.id}`,
    ]);
    // % and _ are matched literally.
    expect(
      (await claimQueuePage(editor, { article: article.id, q: '100%_2' }, undefined)).total,
    ).toBe(1);
    expect((await claimQueuePage(editor, { article: article.id, q: '0%_' }, undefined)).total).toBe(
      4,
    );
    expect((await claimQueuePage(editor, { article: article.id, q: '1%0' }, undefined)).total).toBe(
      0,
    );
    expect(
      (await claimQueuePage(editor, { article: article.id, speaker: 'ana ADL' }, undefined)).total,
    ).toBe(1);
    const all = claimFilterSql({ article: article.id }, editor.id);
    expect(await countClaimsUpTo(all, 3)).toEqual({ count: 3, capped: true });
    expect(await countClaimsUpTo(all, 4)).toEqual({ count: 4, capped: false });
  });
});
