import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';
import { POST as createArticle } from '@/app/api/v1/articles/route';
import { db } from '@/lib/db';
import { isCrossOriginWrite } from '@/lib/security/cross-origin';
import { createApiTokenFor, createUser } from '@/prisma/factories';

const APP = 'localhost:3107';
const noParams = { params: Promise.resolve({}) };

function post(headers: Record<string, string>, body: unknown = { title: 'x', body: 'y' }) {
  return new Request(`http://${APP}/api/v1/articles`, {
    method: 'POST',
    headers: { host: APP, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('isCrossOriginWrite', () => {
  const check = (method: string, headers: Record<string, string>) =>
    isCrossOriginWrite(method, new Headers({ host: APP, ...headers }));

  it('refuses unsafe methods from another origin, another port of the same host included', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(check(method, { origin: 'http://localhost:4000' })).toBe(true);
      expect(check(method, { origin: 'https://evil.example' })).toBe(true);
      expect(check(method, { origin: 'null' })).toBe(true);
    }
    expect(check('POST', { 'sec-fetch-site': 'same-site' })).toBe(true);
    expect(check('POST', { 'sec-fetch-site': 'cross-site' })).toBe(true);
  });

  it('lets same-origin writes, reads, token calls and non-browser clients through', () => {
    expect(check('POST', { origin: `http://${APP}` })).toBe(false);
    expect(check('POST', { origin: `https://${APP}` })).toBe(false);
    expect(check('POST', { 'sec-fetch-site': 'same-origin' })).toBe(false);
    expect(check('POST', {})).toBe(false);
    expect(check('GET', { origin: 'https://evil.example' })).toBe(false);
    expect(check('POST', { origin: 'https://evil.example', authorization: 'Bearer fd_x' })).toBe(
      false,
    );
  });

  it('compares with the forwarded host a reverse proxy sets', () => {
    const headers = new Headers({
      host: '10.0.0.5:3000',
      'x-forwarded-host': 'factdesk.example.org',
      origin: 'https://factdesk.example.org',
    });
    expect(isCrossOriginWrite('POST', headers)).toBe(false);
  });
});

describe('route handlers', () => {
  it('answer a cross-origin cookie write with 403 forbidden before reading the session', async () => {
    const response = await createArticle(
      post({ origin: 'http://localhost:4000', cookie: 'next-auth.session-token=stolen' }),
      noParams,
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('accept a bearer token from any origin', async () => {
    const user = await createUser(db, { role: 'JOURNALIST' });
    const token = await createApiTokenFor(db, user.id);
    const response = await createArticle(
      post({ origin: 'https://cms.example', authorization: `Bearer ${token}` }, { title: '' }),
      noParams,
    );
    // Past the origin check and authenticated: the (empty) article is judged on its content.
    expect(response.status).toBe(422);

    const bad = await createArticle(
      post({ origin: 'https://cms.example', authorization: 'Bearer fd_revoked' }),
      noParams,
    );
    expect(bad.status).toBe(401);
  });
});

describe('the proxy', () => {
  it('answers a Server Action posted from another origin with 403, not a 500', async () => {
    const request = new NextRequest(`http://${APP}/newsroom/articles/new`, {
      method: 'POST',
      headers: {
        host: APP,
        origin: 'http://localhost:4000',
        'next-action': '7f0000000000000000000000000000000000000000',
        'content-type': 'text/plain;charset=UTF-8',
        cookie: 'next-auth.session-token=stolen',
      },
      body: '[]',
    });
    const response = await proxy(request);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('passes same-origin actions on to the app', async () => {
    const request = new NextRequest(`http://${APP}/newsroom/articles/new`, {
      method: 'POST',
      headers: { host: APP, origin: `http://${APP}`, 'next-action': 'x' },
      body: '[]',
    });
    expect((await proxy(request)).headers.get('x-middleware-next')).toBe('1');
  });
});
