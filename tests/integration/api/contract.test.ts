// Calls the real /api/v1 route handlers on PostgreSQL and checks every answer against docs/openapi.yaml.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as getArticle } from '@/app/api/v1/articles/[id]/route';
import { POST as createArticle, GET as listArticles } from '@/app/api/v1/articles/route';
import { POST as reviewClaim } from '@/app/api/v1/claims/[id]/reviews/route';
import { GET as getClaim, PATCH as patchClaim } from '@/app/api/v1/claims/[id]/route';
import { POST as addSource } from '@/app/api/v1/claims/[id]/sources/route';
import {
  DELETE as removeSource,
  PATCH as updateSource,
} from '@/app/api/v1/claims/[id]/sources/[sourceId]/route';
import { POST as transitionClaim } from '@/app/api/v1/claims/[id]/transitions/route';
import { POST as proposeVerdict } from '@/app/api/v1/claims/[id]/verdict/route';
import { POST as withdrawPublication } from '@/app/api/v1/claims/[id]/withdrawal/route';
import { POST as bulkClaims } from '@/app/api/v1/claims/bulk/route';
import { GET as listClaims } from '@/app/api/v1/claims/route';
import { GET as claimReviewFeed } from '@/app/api/v1/claim-review-feed/route';
import { GET as exportClaims } from '@/app/api/v1/claims/export/route';
import { GET as verdictsCsv } from '@/app/api/v1/verdicts.csv/route';
import { GET as verdictsJsonLines } from '@/app/api/v1/verdicts.jsonl/route';
import { GET as getVerdict } from '@/app/api/v1/verdicts/[id]/route';
import { GET as listVerdicts } from '@/app/api/v1/verdicts/route';
import { GET as listUsers } from '@/app/api/v1/users/route';
import { db } from '@/lib/db';
import { stopJobQueue } from '@/lib/jobs/client';
import type { ClaimDetailResponse } from '@/lib/schemas/api/claim';
import { createApiTokenFor, createUser } from '@/prisma/factories';
import { setQuorum } from '../../support/actors';
import { callRoute as call } from '../../support/call-route';
import { correctedVerdict } from './fixtures';
import { seenStatuses, untestedSuccesses } from '../../support/openapi-contract';

// No Next.js server here: no session cookie (a request without a token is anonymous), no page cache.
vi.mock('@/lib/auth/current-user', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getCurrentUser: async () => null,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const ARTICLE_BODY = `The city council approved a budget of $4.2 million on Tuesday, according to the mayor's office.

"We have cut crime by 20 percent since 2020," Mayor Ana Lopez said at a press conference. She added that unemployment fell to 3 percent last year.`;

let journalist: string;
let editor: string;
let editorId: string;
let articleId: string;
let claimIds: string[];
let claim: ClaimDetailResponse;

beforeAll(async () => {
  await setQuorum(1);
  const j = await createUser(db, { role: 'JOURNALIST' });
  const e = await createUser(db, { role: 'EDITOR' });
  editorId = e.id;
  journalist = await createApiTokenFor(db, j.id);
  editor = await createApiTokenFor(db, e.id);
});

afterAll(async () => {
  await stopJobQueue();
  await db.$disconnect();
});

describe('articles', () => {
  it('POST /articles creates an article with its claims (201)', async () => {
    const created = await call<{ id: string; claims: { id: string }[] }>(
      createArticle,
      'POST',
      '/api/v1/articles',
      {
        token: journalist,
        body: {
          title: 'Budget vote',
          body: ARTICLE_BODY,
          outlet: 'City Herald',
          url: `https://herald.example/budget-${editorId}`,
          publishedAt: '2026-01-05',
        },
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.claims.length).toBeGreaterThanOrEqual(2);
    articleId = created.body.id;
    claimIds = created.body.claims.map((c) => c.id);
  });

  it('POST /articles with a long article answers 202: saved, its claims still being extracted', async () => {
    const paragraph = `${ARTICLE_BODY}\n\n`;
    const body = Array.from(
      { length: 100 },
      (_, i) => `Part ${i + 1}, ${editorId}.\n\n${paragraph}`,
    )
      .join('')
      .slice(0, 25_000);
    const pending = await call<{ extraction: string; claims: unknown[] }>(
      createArticle,
      'POST',
      '/api/v1/articles',
      { token: journalist, body: { title: 'Budget hearing, full transcript', body } },
    );
    expect(pending.status).toBe(202);
    expect(pending.body).toMatchObject({ extraction: 'PENDING', claims: [] });
  });

  it('POST /articles with text already saved answers 200 with that article (existing: true)', async () => {
    const again = await call<{ id: string; existing: boolean }>(
      createArticle,
      'POST',
      '/api/v1/articles',
      {
        token: journalist,
        // Only case, spacing and punctuation differ.
        body: { title: 'Budget vote, again', body: `  ${ARTICLE_BODY.toUpperCase()}!! ` },
      },
    );
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: articleId, existing: true });
  });

  it('GET /articles/{id} returns it, and 404 for an unknown id', async () => {
    expect(
      (await call(getArticle, 'GET', '/api/v1/articles/{id}', { token: journalist, id: articleId }))
        .status,
    ).toBe(200);
    expect(
      (await call(getArticle, 'GET', '/api/v1/articles/{id}', { token: journalist, id: 'nope' }))
        .status,
    ).toBe(404);
  });

  it('GET /articles lists them and looks one up by its address; 422 for a bad address', async () => {
    const route = '/api/v1/articles';
    const all = await call<{ articles: { id: string }[]; total: number }>(
      listArticles,
      'GET',
      route,
      {
        token: journalist,
      },
    );
    expect(all.status).toBe(200);
    expect(all.body.articles.map((a) => a.id)).toContain(articleId);
    const found = await call<{ articles: { id: string; url: string }[]; total: number }>(
      listArticles,
      'GET',
      route,
      {
        token: journalist,
        query: `?url=${encodeURIComponent(`https://herald.example/budget-${editorId}/`)}`,
      },
    );
    expect(found.body).toMatchObject({ total: 1, articles: [{ id: articleId }] });
    const none = await call<{ total: number }>(listArticles, 'GET', route, {
      token: journalist,
      query: '?url=https%3A%2F%2Fherald.example%2Fnever-imported',
    });
    expect(none.body.total).toBe(0);
    const bad = await call(listArticles, 'GET', route, {
      token: journalist,
      query: '?url=javascript%3Aalert(1)',
    });
    expect(bad.status).toBe(422);
    expect((await call(listArticles, 'GET', route, {})).status).toBe(401);
  });

  it('GET /users lists active colleagues (id, name, role) for assignment', async () => {
    const users = await call<{ users: { id: string; name: string; role: string }[] }>(
      listUsers,
      'GET',
      '/api/v1/users',
      { token: journalist },
    );
    expect(users.status).toBe(200);
    expect(users.body.users.find((u) => u.id === editorId)).toMatchObject({ role: 'EDITOR' });
    expect(JSON.stringify(users.body)).not.toMatch(/email|passwordHash/);
    expect((await call(listUsers, 'GET', '/api/v1/users', {})).status).toBe(401);
  });

  it('401 without credentials and with a token that does not exist', async () => {
    const anonymous = await call(createArticle, 'POST', '/api/v1/articles', {
      body: { title: 'x' },
    });
    expect(anonymous.status).toBe(401);
    const badToken = await call(listClaims, 'GET', '/api/v1/claims', { token: 'fd_not-a-token' });
    expect(badToken.status).toBe(401);
  });
});

describe('claims', () => {
  it('GET /claims lists, and refuses a bad filter with 422', async () => {
    const list = await call<{ total: number }>(listClaims, 'GET', '/api/v1/claims', {
      token: journalist,
      query: `?article=${articleId}&sort=oldest`,
    });
    expect(list.body.total).toBe(claimIds.length);
    const bad = await call(listClaims, 'GET', '/api/v1/claims', {
      token: journalist,
      query: '?state=BOGUS',
    });
    expect(bad.status).toBe(422);
  });

  it('GET and PATCH /claims/{id}, with 400, 403, 404, 409 and 422', async () => {
    const route = '/api/v1/claims/{id}';
    const id = claimIds[0];
    claim = (await call<ClaimDetailResponse>(getClaim, 'GET', route, { token: journalist, id }))
      .body;
    expect((await call(getClaim, 'GET', route, { token: journalist, id: 'nope' })).status).toBe(
      404,
    );

    const patched = await call<ClaimDetailResponse>(patchClaim, 'PATCH', route, {
      token: journalist,
      id,
      body: {
        version: claim.version,
        speaker: 'Mayor Ana Lopez',
        priority: 'HIGH',
        dueAt: '2026-12-01T17:00:00Z',
      },
    });
    expect(patched.status).toBe(200);
    const stale = await call(patchClaim, 'PATCH', route, {
      token: journalist,
      id,
      body: { version: claim.version, priority: 'LOW' },
    });
    expect(stale.status).toBe(409);
    const assignOther = await call(patchClaim, 'PATCH', route, {
      token: journalist,
      id,
      body: { version: patched.body.version, assigneeId: editorId },
    });
    expect(assignOther.status).toBe(403);
    const notJson = await call(patchClaim, 'PATCH', route, {
      token: journalist,
      id,
      body: 'version=3',
      headers: { 'content-type': 'text/plain' },
    });
    expect(notJson.status).toBe(400);
    const invalid = await call(patchClaim, 'PATCH', route, {
      token: journalist,
      id,
      body: { version: 'three' },
    });
    expect(invalid.status).toBe(422);
    claim = patched.body;
  });
});

describe('workflow to publication and back', () => {
  const move = async (to: string, token: string, note?: string) => {
    const moved = await call<ClaimDetailResponse>(
      transitionClaim,
      'POST',
      '/api/v1/claims/{id}/transitions',
      {
        token,
        id: claim.id,
        body: { to, version: claim.version, note },
      },
    );
    if (moved.status === 200) claim = moved.body;
    return moved.status;
  };

  it('refuses an illegal move (422), then sources, proposes and submits', async () => {
    expect(await move('PUBLISHED', journalist)).toBe(422);
    expect(await move('SOURCING', journalist)).toBe(200);
    const sourced = await call<ClaimDetailResponse>(
      addSource,
      'POST',
      '/api/v1/claims/{id}/sources',
      {
        token: journalist,
        id: claim.id,
        body: {
          version: claim.version,
          url: 'https://city.example/minutes',
          title: 'Council minutes',
          kind: 'PRIMARY_DOCUMENT',
          stance: 'SUPPORTS',
          note: 'Page 4.',
        },
      },
    );
    expect(sourced.status).toBe(201);
    const sourceRoute = '/api/v1/claims/{id}/sources/{sourceId}';
    const [first] = sourced.body.sources;
    const edited = await call<ClaimDetailResponse>(updateSource, 'PATCH', sourceRoute, {
      token: journalist,
      id: claim.id,
      params: { sourceId: first.id },
      body: {
        version: sourced.body.version,
        url: 'https://city.example/minutes-24-nov.pdf',
        title: 'Council minutes, 24 Nov',
        kind: 'PRIMARY_DOCUMENT',
        stance: 'SUPPORTS',
        note: 'Page 4.',
        accessedOn: '2026-01-06',
        archiveUrl: 'https://web.archive.org/web/2026/https://city.example/minutes',
      },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.sources[0]).toMatchObject({
      url: 'https://city.example/minutes-24-nov.pdf',
      archiveUrl: 'https://web.archive.org/web/2026/https://city.example/minutes',
    });
    const elsewhere = await call(updateSource, 'PATCH', sourceRoute, {
      token: journalist,
      id: claimIds[1],
      params: { sourceId: first.id },
      body: { version: 1, url: 'https://x.example', title: 'X', kind: 'OTHER', stance: 'CONTEXT' },
    });
    expect(elsewhere.status).toBe(404);
    const extra = await call<ClaimDetailResponse>(
      addSource,
      'POST',
      '/api/v1/claims/{id}/sources',
      {
        token: journalist,
        id: claim.id,
        body: {
          version: edited.body.version,
          url: 'https://city.example/typo',
          title: 'Added by mistake',
          kind: 'OTHER',
          stance: 'CONTEXT',
        },
      },
    );
    const extraId = extra.body.sources.find((s) => s.title === 'Added by mistake')!.id;
    const stale = await call(removeSource, 'DELETE', sourceRoute, {
      token: journalist,
      id: claim.id,
      params: { sourceId: extraId },
      query: `?version=${edited.body.version}`,
    });
    expect(stale.status).toBe(409);
    const removed = await call<ClaimDetailResponse>(removeSource, 'DELETE', sourceRoute, {
      token: journalist,
      id: claim.id,
      params: { sourceId: extraId },
      query: `?version=${extra.body.version}`,
    });
    expect(removed.status).toBe(200);
    expect(removed.body.sources.map((s) => s.title)).toEqual(['Council minutes, 24 Nov']);
    const proposed = await call<ClaimDetailResponse>(
      proposeVerdict,
      'POST',
      '/api/v1/claims/{id}/verdict',
      {
        token: journalist,
        id: claim.id,
        body: {
          version: removed.body.version,
          rating: 'MOSTLY_TRUE',
          summary: 'Close to the minutes.',
          explanation: 'See page 4.',
        },
      },
    );
    expect(proposed.status).toBe(200);
    claim = proposed.body;
    expect(await move('VERIFYING', journalist)).toBe(200);
    expect(await move('IN_REVIEW', journalist)).toBe(200);
  });

  it('reviews (403 for a journalist), publishes, serves the public verdict, withdraws', async () => {
    const review = (token: string) =>
      call<ClaimDetailResponse>(reviewClaim, 'POST', '/api/v1/claims/{id}/reviews', {
        token,
        id: claim.id,
        body: { decision: 'approve', version: claim.version },
      });
    expect((await review(journalist)).status).toBe(403);
    const approved = await review(editor);
    expect(approved.body.state).toBe('APPROVED');
    claim = approved.body;
    expect(await move('PUBLISHED', editor)).toBe(200);

    const verdictRoute = '/api/v1/verdicts/{id}';
    const verdict = await call(getVerdict, 'GET', verdictRoute, { id: claim.slug });
    expect(verdict.status).toBe(200);
    const etag = verdict.headers.get('etag')!;
    const unchanged = await call(getVerdict, 'GET', verdictRoute, {
      id: claim.slug,
      headers: { 'if-none-match': etag },
    });
    expect(unchanged.status).toBe(304);

    const withdrawn = await call<ClaimDetailResponse>(
      withdrawPublication,
      'POST',
      '/api/v1/claims/{id}/withdrawal',
      {
        token: editor,
        id: claim.id,
        body: { version: claim.version, note: 'The minutes were corrected.' },
      },
    );
    expect(withdrawn.body.state).toBe('VERIFYING');
    expect((await call(getVerdict, 'GET', verdictRoute, { id: claim.slug })).status).toBe(404);
  });
});

describe('bulk', () => {
  it('moves claims one by one and reports each (200), 403 for a journalist', async () => {
    const body = {
      action: 'move',
      claimIds: [claimIds[1], 'no-such-claim'],
      to: 'DISMISSED',
      reason: 'DUPLICATE',
    };
    const done = await call<{ results: { ok: boolean }[] }>(
      bulkClaims,
      'POST',
      '/api/v1/claims/bulk',
      { token: editor, body },
    );
    expect(done.body.results.map((r) => r.ok)).toEqual([true, false]);
    expect(
      (await call(bulkClaims, 'POST', '/api/v1/claims/bulk', { token: journalist, body })).status,
    ).toBe(403);
  });
});

describe('public verdicts', () => {
  it('lists and serves a corrected verdict; 422 for a bad query, 404 for an unknown id', async () => {
    const published = await correctedVerdict('Contractville');
    const list = await call<{ total: number }>(listVerdicts, 'GET', '/api/v1/verdicts', {
      query: '?q=Contractville',
    });
    expect(list.body.total).toBe(1);
    const detail = await call<{ corrections: unknown[] }>(
      getVerdict,
      'GET',
      '/api/v1/verdicts/{id}',
      { id: published.slug },
    );
    expect(detail.body.corrections).toHaveLength(1);
    expect(
      (await call(listVerdicts, 'GET', '/api/v1/verdicts', { query: '?rating=BOGUS' })).status,
    ).toBe(422);
    expect(
      (await call(getVerdict, 'GET', '/api/v1/verdicts/{id}', { id: 'no-such-verdict' })).status,
    ).toBe(404);
  });
});

describe('exports', () => {
  it('exports the queue as CSV and JSON (403 for a journalist, 422 for a bad format)', async () => {
    const csv = await call<string>(exportClaims, 'GET', '/api/v1/claims/export', {
      token: editor,
      query: `?article=${articleId}`,
    });
    expect(csv.body.split('\r\n')[0]).toMatch(/^id,slug,text,/);
    const json = await call<{ claims: unknown[] }>(exportClaims, 'GET', '/api/v1/claims/export', {
      token: editor,
      query: `?article=${articleId}&format=json`,
    });
    expect(json.body.claims.length).toBeGreaterThan(0);
    const path = '/api/v1/claims/export';
    expect((await call(exportClaims, 'GET', path, { token: journalist })).status).toBe(403);
    const bad = await call(exportClaims, 'GET', path, { token: editor, query: '?format=xml' });
    expect(bad.status).toBe(422);
  });

  it('serves the public dumps and the ClaimReview DataFeed (304 for its ETag)', async () => {
    expect((await call(verdictsCsv, 'GET', '/api/v1/verdicts.csv')).status).toBe(200);
    expect((await call(verdictsJsonLines, 'GET', '/api/v1/verdicts.jsonl')).status).toBe(200);
    const feed = await call(claimReviewFeed, 'GET', '/api/v1/claim-review-feed');
    expect(feed.status).toBe(200);
    const again = await call(claimReviewFeed, 'GET', '/api/v1/claim-review-feed', {
      headers: { 'if-none-match': feed.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
    const badPage = await call(claimReviewFeed, 'GET', '/api/v1/claim-review-feed', {
      query: '?page=0',
    });
    expect(badPage.status).toBe(422);
  });
});

describe('coverage', () => {
  it('exercised every documented success response and each error status', () => {
    expect(untestedSuccesses()).toEqual([]);
    expect([...seenStatuses()].sort()).toEqual(
      expect.arrayContaining([304, 400, 401, 403, 404, 409, 422]),
    );
  });
});
