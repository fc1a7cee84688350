// Issue 10 item 13: a Server Action body Next cannot decode gets a 4xx from the proxy, not a 500.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createUser } from '@/prisma/factories';
import { expect, test } from './fixtures';
import { submitSignIn } from './sign-in-form';

/** The id Next gave an exported Server Action in the build under test. */
function actionId(exportedName: string): string {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { exportedName?: string }> };
  const id = Object.keys(manifest.node).find(
    (key) => manifest.node[key].exportedName === exportedName,
  );
  if (!id) throw new Error(`no Server Action named ${exportedName} in ${distDir}`);
  return id;
}

test('malformed and oversized Server Action bodies get a 4xx and create nothing', async ({
  page,
  baseURL,
  db,
}) => {
  // Its own journalist: a shared login could be ended by another spec while this one runs.
  const journalist = await createUser(db, { role: 'JOURNALIST', name: 'Bea Body' });
  await submitSignIn(page, journalist.email, journalist.password);
  await expect(page.getByLabel('Signed in as')).toContainText('Bea Body');

  const headers = { origin: baseURL!, 'next-action': actionId('createArticleAction') };
  const text = { ...headers, 'content-type': 'text/plain;charset=UTF-8' };
  // Only this journalist's articles: other specs import articles while this one runs.
  const articlesByJournalist = () => db.article.count({ where: { createdById: journalist.id } });
  for (const data of ['$foo', '"$@1"', '["$Q1"]', '[{"title":"$F1"}]', 'x']) {
    const response = await page.request.post('/newsroom/articles/new', { headers: text, data });
    expect(response.status(), data).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'bad_request' } });
  }
  const multipart = await page.request.post('/newsroom/articles/new', {
    headers,
    multipart: { '1': 'no root part' },
  });
  expect(multipart.status()).toBe(400);
  const oversized = await page.request.post('/newsroom/articles/new', {
    headers: text,
    data: JSON.stringify([{ title: 'Big', body: 'a'.repeat(2 * 1024 * 1024) }]),
  });
  expect(oversized.status()).toBe(413);
  expect(await articlesByJournalist()).toBe(0);

  // A well-formed call still reaches the action, which answers with its own validation error.
  const valid = await page.request.post('/newsroom/articles/new', {
    headers: text,
    data: JSON.stringify([{ title: '', body: '' }]),
  });
  expect(valid.status()).toBe(200);
  expect(await articlesByJournalist()).toBe(0);
});
