import { randomBytes } from 'node:crypto';
import { createArticle, createUser } from '@/prisma/factories';
import { createPublishedClaim } from '@/prisma/publication-factory';
import { expect, test } from './fixtures';

// The app under test serves on E2E_PORT (never 3000) with the admin's address left blank, so every
// absolute URL must come from the configured address, not from the old localhost:3000 default.
test('feed links, canonical, ClaimReview and API URLs point at the port the app serves on', async ({
  db,
  page,
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  expect(new URL(origin).port).not.toBe('3000');
  const token = randomBytes(3).toString('hex');
  const editor = await createUser(db, { role: 'EDITOR' });
  const text = `the lighthouse ${token} was rebuilt in 1999`;
  const body = `The harbour master said ${text}.`;
  const article = await createArticle(db, {
    createdById: editor.id,
    title: `Lighthouse ${token}`,
    body,
    extract: false,
  });
  const claim = await createPublishedClaim(db, {
    articleId: article.id,
    text,
    start: body.indexOf(text),
    speaker: `Harbour master ${token}`,
    publishedById: editor.id,
  });
  const claimUrl = `${origin}/claims/${claim.slug}`;

  const urls = new Set<string>();
  for (const feed of ['/feed.xml', '/atom.xml']) {
    const xml = await (await request.get(feed)).text();
    const links = [
      ...xml.matchAll(/<link>([^<]+)<\/link>/g),
      ...xml.matchAll(/<link[^>]*href="([^"]+)"/g),
    ].map((match) => match[1]);
    expect(links, feed).toContain(claimUrl);
    links.forEach((link) => urls.add(link));
  }

  await page.goto(`/claims/${claim.slug}`);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toBe(claimUrl);
  const ogUrl = await page.locator('meta[property="og:url"]').getAttribute('content');
  expect(ogUrl).toBe(claimUrl);
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  ) as { url: string; author: { url: string }; itemReviewed: { appearance: { url: string }[] } };
  expect(jsonLd.url).toBe(claimUrl);
  urls.add(jsonLd.author.url).add(jsonLd.itemReviewed.appearance[0].url);

  const list = (await (await request.get(`/api/v1/verdicts?q=${token}`)).json()) as {
    data: { id: string; url: string }[];
  };
  expect(list.data.map((item) => item.url)).toEqual([claimUrl]);
  const one = (await (await request.get(`/api/v1/verdicts/${claim.slug}`)).json()) as {
    url: string;
  };
  expect(one.url).toBe(claimUrl);

  for (const url of urls) {
    expect(url.startsWith(`${origin}/`) || url === origin, url).toBe(true);
    expect((await request.get(url)).status(), url).toBe(200);
  }
});
