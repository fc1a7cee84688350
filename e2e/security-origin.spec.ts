import { createApiTokenFor, createUser } from '@/prisma/factories';
import { expect, test } from './fixtures';
import { storageStateFor } from './roles';

const FOREIGN = 'http://localhost:9';

test.describe('a journalist signed in, a page on another origin', () => {
  test.use({ storageState: storageStateFor('journalist') });

  test('cannot create an article with the session cookie', async ({ page, baseURL }) => {
    const title = `Cross-origin article ${Date.now()}`;
    const response = await page.request.post('/api/v1/articles', {
      headers: { origin: FOREIGN },
      data: { title, body: 'The mayor said the budget grew by 4 percent.' },
    });
    expect(response.status()).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    // The same call from the app's own origin is accepted.
    const same = await page.request.post('/api/v1/articles', {
      headers: { origin: baseURL! },
      data: { title: '', body: '' },
    });
    expect(same.status()).toBe(422);
  });

  test('gets a 403, not a 500, for a Server Action', async ({ page }) => {
    const response = await page.request.post('/newsroom/articles/new', {
      headers: {
        origin: FOREIGN,
        'next-action': '7f0000000000000000000000000000000000000000',
        'content-type': 'text/plain;charset=UTF-8',
      },
      data: '[]',
    });
    expect(response.status()).toBe(403);
  });
});

test('a bearer token works from any origin', async ({ request, db }) => {
  const user = await createUser(db, { role: 'JOURNALIST' });
  const token = await createApiTokenFor(db, user.id);
  const response = await request.post('/api/v1/articles', {
    headers: { origin: FOREIGN, authorization: `Bearer ${token}` },
    data: { title: `Token article ${Date.now()}`, body: 'The mayor said the budget grew.' },
  });
  expect(response.status()).toBe(201);
});
