// The claims-queue export (CSV and JSON, every page, streamed) against the queue API for the same filter.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as exportClaims } from '@/app/api/v1/claims/export/route';
import { GET as listClaimsRoute } from '@/app/api/v1/claims/route';
import type { SessionUser } from '@/lib/auth/session-user';
import { listClaims } from '@/lib/data/claim-queue-page';
import { claimExportRows } from '@/lib/data/exports/claim-export';
import { db } from '@/lib/db';
import type { ClaimListResponse } from '@/lib/schemas/api/claim';
import { createApiTokenFor, createArticle, createClaim, createUser } from '@/prisma/factories';
import { callRoute } from '../../support/call-route';

vi.mock('@/lib/auth/current-user', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getCurrentUser: async () => null,
}));

const SPEAKER = `Exportia ${Date.now()}`;
// Quotes, commas, line breaks, a leading formula character and non-Latin text: what CSV must keep.
const TEXTS = [
  'She said "no", then "yes"',
  'Line one\nline two, with a comma',
  '=SUM(A1:A2) is not a formula here',
  'Безробіття впало до 3 відсотків',
  'Plain claim',
  'Another plain claim',
  'A seventh claim; semicolon',
];

let editor: SessionUser;
let editorToken: string;
let journalistToken: string;

beforeAll(async () => {
  const e = await createUser(db, { role: 'EDITOR' });
  editor = { id: e.id, email: e.email, name: e.name, role: e.role };
  editorToken = await createApiTokenFor(db, e.id);
  const j = await createUser(db, { role: 'JOURNALIST' });
  journalistToken = await createApiTokenFor(db, j.id);
  const body = TEXTS.join('. ');
  const article = await createArticle(db, { createdById: e.id, body, extract: false });
  const priorities = ['LOW', 'URGENT', 'NORMAL', 'HIGH'] as const;
  for (const [index, text] of TEXTS.entries()) {
    const claim = await createClaim(db, {
      articleId: article.id,
      text,
      start: body.indexOf(text),
      speaker: SPEAKER,
      assigneeId: index % 2 ? e.id : null,
    });
    await db.claim.update({
      where: { id: claim.id },
      data: {
        priority: priorities[index % priorities.length],
        dueAt: index % 3 ? new Date(Date.UTC(2027, 0, 1 + (index % 2))) : null,
        // Two claims share one update time: the id must break the tie the same way everywhere.
        updatedAt: new Date(Date.UTC(2026, 5, 1, 0, 0, index > 4 ? 4 : index)),
      },
    });
  }
});

afterAll(async () => {
  await db.$disconnect();
});

async function exportText(query: string, token = editorToken) {
  const response = await exportClaims(
    new Request(`http://factdesk.test/api/v1/claims/export?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    }),
    { params: Promise.resolve({}) as Promise<never> },
  );
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, text: new TextDecoder().decode(bytes) };
}

async function apiJson(query: string) {
  const result = await callRoute<ClaimListResponse>(listClaimsRoute, 'GET', '/api/v1/claims', {
    token: editorToken,
    query: `?${query}`,
  });
  expect(result.status).toBe(200);
  return result.body;
}

const csvCell = (value: unknown) => (value === null || value === undefined ? '' : String(value));

describe('claims export', () => {
  for (const sort of ['updated', 'oldest', 'due', 'priority']) {
    it(`CSV parsed back equals the API's JSON for the same filter (sort=${sort})`, async () => {
      const filter = `speaker=${encodeURIComponent(SPEAKER)}&sort=${sort}`;
      const { response, text } = await exportText(`${filter}&format=csv`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/csv');
      const records = parse(text, { columns: true }) as Record<string, string>[];
      const api = await apiJson(filter);
      expect(records).toHaveLength(TEXTS.length);
      expect(records).toEqual(
        api.claims.map((claim) => ({
          id: claim.id,
          slug: claim.slug,
          text: claim.text,
          speaker: csvCell(claim.speaker),
          state: claim.state,
          priority: claim.priority,
          dueAt: csvCell(claim.dueAt),
          rating: csvCell(claim.rating),
          version: String(claim.version),
          createdAt: csvCell(claim.createdAt),
          updatedAt: csvCell(claim.updatedAt),
          assigneeId: csvCell(claim.assignee?.id),
          assigneeName: csvCell(claim.assignee?.name),
          articleId: claim.article.id,
          articleTitle: claim.article.title,
        })),
      );
    });

    it(`reads every page in the queue's order in small batches (sort=${sort})`, async () => {
      const filters = { speaker: SPEAKER, sort };
      const streamed = [];
      for await (const row of claimExportRows(editor, filters, 2)) streamed.push(row.id);
      const listed = (await listClaims(editor, filters)).rows.map((row) => row.id);
      expect(streamed).toEqual(listed);
    });
  }

  it('JSON export equals the API JSON for the same filter; assignee filter applies', async () => {
    const filter = `speaker=${encodeURIComponent(SPEAKER)}&assignee=me`;
    const { response, text } = await exportText(`${filter}&format=json`);
    expect(response.status).toBe(200);
    const exported = JSON.parse(text) as { claims: unknown[] };
    const api = await apiJson(filter);
    expect(exported.claims).toEqual(api.claims);
    expect(exported.claims).toHaveLength(3);
  });

  it('starts with a byte-order mark only when asked', async () => {
    const filter = `speaker=${encodeURIComponent(SPEAKER)}`;
    // (a TextDecoder drops the mark, so look at the bytes)
    expect([...(await exportText(`${filter}&bom=1`)).bytes.slice(0, 3)]).toEqual([
      0xef, 0xbb, 0xbf,
    ]);
    expect((await exportText(filter)).text.startsWith('id,slug,')).toBe(true);
  });

  it('refuses journalists (403) and bad filters (422) before any row is sent', async () => {
    const refused = await exportText('format=csv', journalistToken);
    expect(refused.response.status).toBe(403);
    expect(JSON.parse(refused.text).error.code).toBe('forbidden');
    const bad = await exportText('format=xml');
    expect(bad.response.status).toBe(422);
    expect((await exportText('state=BOGUS')).response.status).toBe(422);
  });
});
