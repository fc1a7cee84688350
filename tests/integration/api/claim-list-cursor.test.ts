// GET /api/v1/claims pages by the queue's keyset cursors (page numbers for the first 10 pages only)
// and counts up to a cap: one article of 53 claims, filtered to it, walked both ways.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as listClaimsRoute } from '@/app/api/v1/claims/route';
import { db } from '@/lib/db';
import type { ClaimListResponse } from '@/lib/schemas/api/claim';
import { createApiTokenFor, createArticle, createClaim, createUser } from '@/prisma/factories';
import { callRoute } from '../../support/call-route';

vi.mock('@/lib/auth/current-user', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getCurrentUser: async () => null,
}));

const COUNT = 53;
let token: string;
let articleId: string;
/** The article's claims in the default order (last updated first, id breaking ties). */
let expected: string[];

beforeAll(async () => {
  const editor = await createUser(db, { role: 'EDITOR' });
  token = await createApiTokenFor(db, editor.id);
  const texts = Array.from({ length: COUNT }, (_, i) => `Paged claim number ${i} here`);
  const body = texts.join('. ');
  const article = await createArticle(db, { createdById: editor.id, body, extract: false });
  articleId = article.id;
  for (const [index, text] of texts.entries()) {
    const claim = await createClaim(db, { articleId, text, start: body.indexOf(text) });
    // Pairs share an update time, so the id must break ties across page boundaries too.
    await db.claim.update({
      where: { id: claim.id },
      data: { updatedAt: new Date(Date.UTC(2026, 0, 1, 0, Math.floor(index / 2))) },
    });
  }
  const rows = await db.claim.findMany({
    where: { articleId },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    select: { id: true },
  });
  expected = rows.map((row) => row.id);
});

afterAll(async () => {
  await db.$disconnect();
});

async function list(query: string) {
  return callRoute<ClaimListResponse>(listClaimsRoute, 'GET', '/api/v1/claims', {
    token,
    query: `?article=${articleId}${query}`,
  });
}
const ids = (body: ClaimListResponse) => body.claims.map((claim) => claim.id);

describe('GET /api/v1/claims paging', () => {
  it('walks every claim once by next, and back by prev, with an exact total under the cap', async () => {
    const first = await list('');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      page: 1,
      pageSize: 50,
      total: COUNT,
      totalCapped: false,
      totalApproximate: false,
      prev: null,
    });
    expect(ids(first.body)).toEqual(expected.slice(0, 50));
    expect(first.headers.get('link')).toContain('rel="next"');

    const second = await list(`&cursor=${first.body.next}`);
    expect(second.body).toMatchObject({ page: null, next: null });
    expect(ids(second.body)).toEqual(expected.slice(50));
    expect(second.headers.get('link')).toContain('rel="prev"');

    const back = await list(`&cursor=${second.body.prev}`);
    expect(ids(back.body)).toEqual(expected.slice(0, 50));
    expect(back.body.prev).toBeNull();
  });

  it('keeps page numbers for the first pages: the same rows as the cursor, empty past the end', async () => {
    const second = await list('&page=2');
    expect(second.status).toBe(200);
    expect(second.body.page).toBe(2);
    expect(ids(second.body)).toEqual(expected.slice(50));
    expect(second.body.prev).not.toBeNull();
    const beyond = await list('&page=3');
    expect(beyond.body).toMatchObject({ claims: [], total: COUNT, next: null });
  });

  it('refuses a page past 10 and a cursor it did not give out (or of another sort) with a 422', async () => {
    expect((await list('&page=11')).status).toBe(422);
    expect((await list('&cursor=bogus')).status).toBe(422);
    const first = await list('');
    expect((await list(`&sort=due&cursor=${first.body.next}`)).status).toBe(422);
  });
});
