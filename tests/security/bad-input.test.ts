// Issue 10 item 13: input that gave a 500 is refused with a 4xx, and nothing is written.
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as createArticle } from '@/app/api/v1/articles/route';
import {
  GET as getClaim,
  PATCH as patchClaim,
  PUT as putClaim,
} from '@/app/api/v1/claims/[id]/route';
import { POST as bulkClaims } from '@/app/api/v1/claims/bulk/route';
import { GET as listClaims } from '@/app/api/v1/claims/route';
import { GET as getVerdict } from '@/app/api/v1/verdicts/[id]/route';
import { GET as listVerdicts, POST as postVerdicts } from '@/app/api/v1/verdicts/route';
import { safeAuthRedirect } from '@/lib/auth/callback-url';
import { db } from '@/lib/db';
import { ignoredVerdictParams, lenientVerdictQuery } from '@/lib/schemas/verdict-query';
import { createApiTokenFor, createClaimInState, createUser } from '@/prisma/factories';
import { proxy } from '@/proxy';
import { callRoute as call } from '../support/call-route';

vi.mock('@/lib/auth/current-user', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getCurrentUser: async () => null,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const ARTICLE = { title: 'Budget vote', body: 'The council approved a budget of $4.2 million.' };
let token: string;
let editorToken: string;
let claimId: string;

beforeAll(async () => {
  const journalist = await createUser(db, { role: 'JOURNALIST' });
  token = await createApiTokenFor(db, journalist.id);
  editorToken = await createApiTokenFor(db, (await createUser(db, { role: 'EDITOR' })).id);
  const claim = await createClaimInState(db, { authorId: journalist.id, state: 'SOURCING' });
  claimId = claim.id;
  await db.claim.update({ where: { id: claimId }, data: { assigneeId: journalist.id } });
});

afterAll(async () => {
  await db.$disconnect();
});

const articleCount = () => db.article.count();

describe('text fields refuse NUL bytes and lone surrogates (422, nothing written)', () => {
  it.each([
    ['a NUL in the title', { ...ARTICLE, title: 'Budget\u0000vote' }],
    ['a lone high surrogate in the body', { ...ARTICLE, body: `${ARTICLE.body} \uD800` }],
    ['a lone low surrogate in the outlet', { ...ARTICLE, outlet: '\uDC00Herald' }],
  ])('POST /articles with %s', async (_, body) => {
    const before = await articleCount();
    const answer = await call(createArticle, 'POST', '/api/v1/articles', { token, body });
    expect(answer.status).toBe(422);
    expect(await articleCount()).toBe(before);
  });

  it('keeps a well-formed surrogate pair (an emoji)', async () => {
    const answer = await call(createArticle, 'POST', '/api/v1/articles', {
      token,
      // Its own text: the same text again would be the existing article (200), not a new one.
      body: { title: 'Budget vote 📈', body: `${ARTICLE.body} Filed 📈 ${Date.now()}.` },
    });
    expect(answer.status).toBe(201);
  });

  it.each([
    ['a NUL in the speaker', { speaker: 'Ana\u0000' }],
    ['version 2^31', { version: 2 ** 31 }],
    ['a BC due date', { dueAt: '-000001-01-01' }],
    ['an offset past int4', { start: 0, end: 2 ** 40 }],
    ['a number as assignee id', { assigneeId: 42 }],
    ['an object as assignee id', { assigneeId: { id: 'x' } }],
  ])('PATCH /claims/{id} with %s', async (_, change) => {
    const before = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
    const answer = await call(patchClaim, 'PATCH', '/api/v1/claims/{id}', {
      token,
      id: claimId,
      body: { version: before.version, ...change },
    });
    expect(answer.status).toBe(422);
    expect(await db.claim.findUniqueOrThrow({ where: { id: claimId } })).toEqual(before);
  });

  it.each([[[1, 2]], [[{ id: 'x' }]], [['a\u0000b']]])(
    'POST /claims/bulk with claimIds %j',
    async (claimIds) => {
      const answer = await call(bulkClaims, 'POST', '/api/v1/claims/bulk', {
        token: editorToken,
        body: { action: 'assign', claimIds, assigneeId: null },
      });
      expect(answer.status).toBe(422);
    },
  );
});

describe('ids and query parameters', () => {
  it('an id with a NUL byte is not found (404)', async () => {
    expect(
      (await call(getClaim, 'GET', '/api/v1/claims/{id}', { token, id: 'a\u0000b' })).status,
    ).toBe(404);
    expect(
      (await call(getVerdict, 'GET', '/api/v1/verdicts/{id}', { id: 'a\u0000b' })).status,
    ).toBe(404);
  });

  it('?q=%00 is refused on the public and newsroom lists (422)', async () => {
    expect((await call(listVerdicts, 'GET', '/api/v1/verdicts', { query: '?q=%00' })).status).toBe(
      422,
    );
    expect(
      (await call(listClaims, 'GET', '/api/v1/claims', { token, query: '?q=a%00' })).status,
    ).toBe(422);
  });

  it('the search page drops ?q=%00 and says why', () => {
    expect(lenientVerdictQuery({ q: '\u0000', rating: 'FALSE' })).toEqual({
      page: 1,
      rating: 'FALSE',
    });
    expect(ignoredVerdictParams({ q: '\u0000' })).toEqual([
      { param: 'q', message: expect.stringContaining('cannot be stored') as string },
    ]);
    expect(ignoredVerdictParams({ q: 'bridge' })).toEqual([]);
  });
});

describe('405 answers', () => {
  it('carry the JSON error body and an Allow header', async () => {
    for (const [handler, allow] of [
      [putClaim, 'GET, PATCH, HEAD, OPTIONS'],
      [postVerdicts, 'GET, HEAD, OPTIONS'],
    ] as const) {
      const response = handler();
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe(allow);
      expect(await response.json()).toEqual({
        error: { code: 'method_not_allowed', message: expect.stringContaining(allow) as string },
      });
    }
  });
});

describe('sign-in redirects and server action bodies', () => {
  it('a malformed callback host falls back to the site instead of throwing', () => {
    const base = 'http://factdesk.test';
    expect(safeAuthRedirect('http://[bad', base)).toBe(base);
    expect(safeAuthRedirect('https://evil.example/', base)).toBe(base);
    expect(safeAuthRedirect('/newsroom', base)).toBe(`${base}/newsroom`);
    expect(safeAuthRedirect(`${base}/claims/x`, base)).toBe(`${base}/claims/x`);
  });

  it('the proxy refuses a Server Action body over the limit with a JSON 413', async () => {
    const request = new NextRequest('http://factdesk.test/newsroom/articles/new', {
      method: 'POST',
      headers: { 'next-action': 'abc123', 'content-length': String(2 * 1024 * 1024) },
    });
    const response = await proxy(request);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'payload_too_large',
    );
  });

  it.each([
    ['a body that is not JSON', 'text/plain;charset=UTF-8', '$foo'],
    ['a JSON string instead of an argument list', 'text/plain;charset=UTF-8', '"$@1"'],
    ['a reference to a part the body lacks', 'text/plain;charset=UTF-8', '[{"title":"$Q1"}]'],
    ['a bigint marker that is no number', 'text/plain;charset=UTF-8', '["$nabc"]'],
  ])('the proxy refuses %s with a JSON 400', async (_, contentType, body) => {
    const request = new NextRequest('http://factdesk.test/newsroom/articles/new', {
      method: 'POST',
      headers: { 'next-action': 'abc123', 'content-type': contentType },
      body,
    });
    const response = await proxy(request);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('bad_request');
  });

  it('the proxy passes plain argument lists on, escaped `$$` strings and undefined included', async () => {
    for (const body of [
      '[]',
      '[{"title":"$$4.2 million","note":"$undefined"}]',
      '["$D2026-11-30"]',
    ]) {
      const request = new NextRequest('http://factdesk.test/newsroom/articles/new', {
        method: 'POST',
        headers: { 'next-action': 'abc123', 'content-type': 'text/plain;charset=UTF-8' },
        body,
      });
      expect((await proxy(request)).headers.get('x-middleware-next')).toBe('1');
    }
  });

  it('the proxy checks the root part of a multipart Server Action body', async () => {
    const form = new FormData();
    form.set('1', 'x');
    const request = new NextRequest('http://factdesk.test/newsroom/articles/new', {
      method: 'POST',
      headers: { 'next-action': 'abc123' },
      body: form,
    });
    expect((await proxy(request)).status).toBe(400);
  });
});
