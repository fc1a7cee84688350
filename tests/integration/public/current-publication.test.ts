import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as listVerdicts } from '@/app/api/v1/verdicts/route';
import { listCorrections } from '@/lib/data/public/corrections';
import { getPublicSpeaker } from '@/lib/data/public/speakers';
import { listMostCheckedSpeakers, listPublishedVerdicts } from '@/lib/data/public/verdicts';
import { db } from '@/lib/db';
import { withdrawPublication } from '@/lib/workflow/withdraw';
import { speakerSlug } from '@/lib/slug';
import { createArticle } from '@/prisma/factories';
import { addPublication, createPublishedClaim } from '@/prisma/publication-factory';
import { actor } from '../../support/actors';

// Each run has its own speaker, so the counters and lists below hold only this file's rows.
const speaker = `Orsolya Keppelwick ${randomBytes(4).toString('hex')}`;
const claimIds: string[] = [];
let editorId: string;

async function counters() {
  const rows = await db.publicVerdictCount.findMany({
    where: { speaker },
    orderBy: { rating: 'asc' },
  });
  return Object.fromEntries(rows.map((row) => [row.rating, row.count]));
}

beforeAll(async () => {
  const editor = await actor('EDITOR');
  editorId = editor.id;
  const body = `${speaker} said figures one two three four five were right.`;
  const article = await createArticle(db, { createdById: editor.id, body, extract: false });
  for (const [index, word] of ['one', 'two', 'three', 'four', 'five'].entries()) {
    const claim = await createPublishedClaim(db, {
      articleId: article.id,
      text: word,
      start: body.indexOf(` ${word} `) + 1,
      speaker,
      rating: index % 2 ? 'FALSE' : 'TRUE',
      publishedById: editor.id,
      publishedAt: new Date(Date.UTC(2025, 0, 1 + index)),
    });
    claimIds.push(claim.id);
  }
});

afterAll(async () => {
  await db.$disconnect();
});

describe("each claim's current publication", () => {
  it('moves to a correction, and the counters follow', async () => {
    expect(await counters()).toEqual({ TRUE: 3, FALSE: 2 });
    await addPublication(db, claimIds[0], {
      claimText: 'one',
      speaker,
      rating: 'FALSE',
      publishedById: editorId,
      correctionNote: 'It was false after all.',
      publishedAt: new Date(Date.UTC(2025, 0, 10)),
    });
    const rows = await db.publication.findMany({
      where: { claimId: claimIds[0] },
      orderBy: { publishedAt: 'asc' },
      select: { isCurrent: true, firstPublishedAt: true },
    });
    expect(rows).toEqual([
      { isCurrent: false, firstPublishedAt: null },
      { isCurrent: true, firstPublishedAt: new Date(Date.UTC(2025, 0, 1)) },
    ]);
    expect(await counters()).toEqual({ TRUE: 2, FALSE: 3 });
  });

  it('is gone when the workflow withdraws the verdict, in the same transaction', async () => {
    const claim = await db.claim.findUniqueOrThrow({
      where: { id: claimIds[4] },
      select: { version: true },
    });
    await withdrawPublication(await actor('EDITOR'), claimIds[4], {
      version: claim.version,
      note: 'Withdrawn pending review.',
    });
    expect(await db.publication.count({ where: { claimId: claimIds[4], isCurrent: true } })).toBe(
      0,
    );
    expect(await counters()).toEqual({ TRUE: 1, FALSE: 3 });
    const speakerPage = await getPublicSpeaker(speakerSlug(speaker));
    expect(speakerPage).toMatchObject({ total: 4, name: speaker });
    expect(speakerPage?.tally).toEqual([
      { rating: 'TRUE', count: 1 },
      { rating: 'FALSE', count: 3 },
    ]);
    expect(speakerPage?.byYear).toEqual(
      expect.arrayContaining([
        { year: 2025, rating: 'TRUE', count: 1 },
        { year: 2025, rating: 'FALSE', count: 3 },
      ]),
    );
    expect(speakerPage?.byYear).toHaveLength(2);
    expect((await listMostCheckedSpeakers(1000)).find((s) => s.name === speaker)?.count).toBe(4);
  });
});

describe('keyset pages', () => {
  it('walk every verdict once, older and back newer, with exact counts from the counters', async () => {
    const all = await listPublishedVerdicts({ speaker }, 100);
    expect(all.items.map((v) => v.claimText)).toEqual(['one', 'four', 'three', 'two']);
    const seen: string[] = [];
    let page = await listPublishedVerdicts({ speaker }, 3);
    expect(page).toMatchObject({ prev: null, page: 1, total: 4, totalCapped: false });
    seen.push(...page.items.map((v) => v.claimText));
    page = await listPublishedVerdicts({ speaker, cursor: page.next! }, 3);
    expect(page).toMatchObject({ next: null, page: null });
    seen.push(...page.items.map((v) => v.claimText));
    expect(seen).toEqual(['one', 'four', 'three', 'two']);
    const back = await listPublishedVerdicts({ speaker, cursor: page.prev! }, 3);
    expect(back.items.map((v) => v.claimText)).toEqual(['one', 'four', 'three']);
    expect(back.prev).toBeNull();
    const second = await listPublishedVerdicts({ speaker, page: 2 }, 3);
    expect(second.items.map((v) => v.claimText)).toEqual(['two']);
    expect(second.prev).not.toBeNull();
  });

  it('page the corrections log too', async () => {
    let cursor: string | undefined;
    const found = [];
    for (let pages = 0; pages < 1000; pages += 1) {
      const page = await listCorrections(cursor, 2);
      found.push(...page.items.filter((entry) => entry.speaker === speaker));
      if (!page.next) break;
      cursor = page.next;
    }
    expect(found).toEqual([
      expect.objectContaining({
        claimText: 'one',
        note: 'It was false after all.',
        changes: ['Rating changed from True to False.'],
      }),
    ]);
  });

  it('the API gives cursors, Link headers, and refuses deep page numbers and foreign cursors', async () => {
    const api = (query: string) =>
      listVerdicts(new Request(`http://factdesk.test/api/v1/verdicts?${query}`));
    const first = await api(`speaker=${encodeURIComponent(speaker)}&page=1`);
    const body = await first.json();
    expect(body).toMatchObject({ total: 4, totalCapped: false, page: 1, pageCount: 1, prev: null });
    expect(body.data).toHaveLength(4);
    const all = await api('');
    const list = await all.json();
    if (list.next) {
      expect(all.headers.get('link')).toContain('rel="next"');
      expect(all.headers.get('link')).toContain('cursor=');
    }
    for (const query of ['page=11', 'cursor=bm90LWEtY3Vyc29y', `cursor=${'x'.repeat(300)}`]) {
      const response = await api(query);
      expect(response.status, query).toBe(422);
      expect(await response.json()).toMatchObject({ error: { code: 'invalid' } });
    }
  });
});
