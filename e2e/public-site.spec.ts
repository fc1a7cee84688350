import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createApiTokenFor, createArticle, createClaim, createUser } from '@/prisma/factories';
import { createPublishedClaim } from '@/prisma/publication-factory';
import { expect, test } from './fixtures';
import { storageStateFor } from './roles';

// Each worker seeds its own records (names carry a random token), so tests can run in any order or alone.
interface Seeded {
  token: string;
  speaker: string;
  claimSlug: string;
  claimText: string;
  statement: string;
  articleSlug: string;
  hiddenSlug: string;
  hiddenText: string;
  hiddenArticleSlug: string;
  xssClaimSlug: string;
  xssArticleSlug: string;
  articleId: string;
  editorId: string;
}

let seeded: Seeded;

const XSS_SCRIPT = '<script>window.__xss=1</script>';
const XSS_IMG = '<img src=x onerror="window.__xss=2">';

test.beforeAll(async ({ db }) => {
  const token = randomBytes(3).toString('hex');
  const editor = await createUser(db, { role: 'EDITOR' });
  const speaker = `Senator Ottoline Brack${token}`;
  const claimText = `the ferry ${token} carried 600 thousand passengers in 2025`;
  const hiddenText = `the tunnel ${token} cost nothing at all`;
  const body = `${speaker} said ${claimText}. Her aide added that ${hiddenText}.`;
  const article = await createArticle(db, {
    createdById: editor.id,
    title: `Ferry numbers ${token}`,
    outlet: 'Harbour Gazette',
    url: 'https://gazette.example/ferry',
    body,
    extract: false,
    publishedAt: new Date('2026-01-05T00:00:00Z'),
  });
  const claim = await createPublishedClaim(db, {
    articleId: article.id,
    text: claimText,
    statement: `${speaker} says ${claimText}`,
    start: body.indexOf(claimText),
    sentenceStart: 0,
    sentenceEnd: body.indexOf('.') + 1,
    speaker,
    speakerRole: 'Senator for Portbury',
    rating: 'MOSTLY_TRUE',
    summary: `Port statistics ${token} show slightly fewer passengers than claimed.`,
    explanation:
      'The [port authority](https://port.example/about) publishes *monthly* counts.\n\nThey add up to a little less than the [figure quoted](javascript:alert(1)).',
    sources: [
      {
        url: 'https://port.example/stats',
        title: 'Port authority monthly counts',
        kind: 'DATASET',
        stance: 'SUPPORTS',
      },
    ],
    checkedBy: 'Casey Checker',
    approvedBy: ['Emery Editor'],
    publishedById: editor.id,
  });
  const hidden = await createClaim(db, {
    articleId: article.id,
    text: hiddenText,
    start: body.indexOf(hiddenText),
    speaker: 'Aide',
    state: 'IN_REVIEW',
  });

  const hiddenBody = `Officials said the canal ${token} is 90 kilometres long.`;
  const hiddenArticle = await createArticle(db, {
    createdById: editor.id,
    title: `Canal ${token}`,
    body: hiddenBody,
    extract: false,
  });
  await createClaim(db, {
    articleId: hiddenArticle.id,
    text: `the canal ${token} is 90 kilometres long`,
    start: hiddenBody.indexOf('the canal'),
    state: 'APPROVED',
  });

  const xssClaim = `the budget was ${XSS_SCRIPT} ${XSS_IMG} 5 million`;
  const xssBody = `A spokesperson said ${xssClaim}. <a href="javascript:window.__xss=3">click</a>`;
  const xssArticle = await createArticle(db, {
    createdById: editor.id,
    title: `Budget ${XSS_SCRIPT} ${token}`,
    body: xssBody,
    extract: false,
  });
  const xss = await createPublishedClaim(db, {
    articleId: xssArticle.id,
    text: xssClaim,
    start: xssBody.indexOf(xssClaim),
    speaker: `Spokesperson ${XSS_IMG} ${token}`,
    rating: 'FALSE',
    summary: `Not true ${XSS_IMG} ${token}`,
    explanation: `Explained ${XSS_SCRIPT}`,
    sources: [
      {
        url: 'javascript:window.__xss=4',
        title: `Evil source ${token}`,
        kind: 'OTHER',
        stance: 'CONTEXT',
        note: XSS_IMG,
      },
      {
        url: 'https://budget.example/',
        title: 'Budget office',
        kind: 'PRIMARY_DOCUMENT',
        stance: 'CONTRADICTS',
      },
    ],
    publishedById: editor.id,
  });

  seeded = {
    token,
    speaker,
    claimSlug: claim.slug,
    claimText,
    statement: `${speaker} says ${claimText}`,
    articleSlug: article.slug,
    hiddenSlug: hidden.slug,
    hiddenText,
    hiddenArticleSlug: hiddenArticle.slug,
    xssClaimSlug: xss.slug,
    xssArticleSlug: xssArticle.slug,
    articleId: article.id,
    editorId: editor.id,
  };
});

async function jsonLdOf(page: Page) {
  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  return JSON.parse((await scripts.textContent()) ?? '');
}

test('a reader follows a verdict from the home page to the claim, the article, search and the feed', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: seeded.statement }).click();

  await expect(page).toHaveURL(new RegExp(`/claims/${seeded.claimSlug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seeded.statement);
  await expect(page.getByRole('heading', { name: /Our verdict/ })).toContainText('Mostly true');
  await expect(page.getByRole('link', { name: 'Port authority monthly counts' })).toHaveAttribute(
    'href',
    'https://port.example/stats',
  );
  await expect(page.getByText('Casey Checker')).toBeVisible();
  // The explanation is Markdown: an http(s) link is a link, a javascript: one only its text.
  const explanation = page.getByRole('region', { name: /Why we rated it/ });
  await expect(explanation.getByRole('link', { name: 'port authority' })).toHaveAttribute(
    'href',
    'https://port.example/about',
  );
  await expect(explanation.locator('em')).toHaveText('monthly');
  await expect(explanation.getByText('figure quoted')).toBeVisible();
  await expect(explanation.getByRole('link')).toHaveCount(1);
  await expect(page.locator('blockquote mark')).toHaveText(seeded.claimText);
  expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toContain(
    seeded.claimText,
  );
  expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary');

  const review = await jsonLdOf(page);
  expect(review).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: seeded.statement,
    url: expect.stringContaining(`/claims/${seeded.claimSlug}`),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: 4,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'Mostly true',
    },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: seeded.speaker },
      appearance: [{ url: 'https://gazette.example/ferry' }],
    },
    author: { '@type': 'Organization', name: expect.any(String) },
    datePublished: expect.any(String),
  });

  await page.getByRole('link', { name: `Ferry numbers ${seeded.token}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ferry numbers ${seeded.token}`);
  const highlight = page.getByRole('region', { name: 'The claims in context' }).getByRole('link');
  await expect(highlight).toHaveCount(1);
  await expect(highlight).toHaveAttribute('href', `/claims/${seeded.claimSlug}`);

  await page.goto('/search');
  await page.getByLabel('Speaker', { exact: true }).fill(`Brack${seeded.token}`);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('heading', { name: '1 fact check found' })).toBeVisible();
  await expect(page.getByRole('link', { name: seeded.statement })).toBeVisible();

  await page.goto('/');
  const feedHref = await page
    .locator('link[rel="alternate"][type="application/rss+xml"]')
    .getAttribute('href');
  const feed = await page.request.get(feedHref!);
  expect(feed.headers()['content-type']).toContain('application/rss+xml');
  const titles = await page.evaluate(
    (xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error('RSS does not parse');
      return [...doc.querySelectorAll('rss > channel > item > title')].map(
        (node) => node.textContent,
      );
    },
    await feed.text(),
  );
  expect(titles.some((title) => title?.includes(seeded.statement))).toBe(true);
});

test('unpublished claims and articles cannot be reached by guessing their URLs', async ({
  page,
  request,
}) => {
  expect((await page.goto(`/claims/${seeded.hiddenSlug}`))?.status()).toBe(404);
  expect((await page.goto(`/articles/${seeded.hiddenArticleSlug}`))?.status()).toBe(404);
  expect((await request.get(`/api/v1/verdicts/${seeded.hiddenSlug}`)).status()).toBe(404);
  const articleHtml = await (await request.get(`/articles/${seeded.articleSlug}`)).text();
  expect(articleHtml).not.toContain(seeded.hiddenSlug);
  const apiList = await (await request.get(`/api/v1/verdicts?q=tunnel`)).text();
  expect(apiList).not.toContain(seeded.hiddenSlug);
});

test('withdrawing a verdict takes it off the claim page, the feed and the API on the next request', async ({
  page,
  request,
  db,
}) => {
  const body = await db.article.findUniqueOrThrow({
    where: { id: seeded.articleId },
    select: { body: true },
  });
  const text = body.body.slice(0, 15);
  const claim = await createPublishedClaim(db, {
    articleId: seeded.articleId,
    text,
    start: 0,
    speaker: `Withdrawn ${seeded.token}`,
    publishedById: seeded.editorId,
  });
  expect((await page.goto(`/claims/${claim.slug}`))?.status()).toBe(200);
  expect(await (await request.get('/feed.xml')).text()).toContain(claim.slug);
  // Through the API, as a newsroom withdraws: the claim page is cached whole until then.
  const { version } = await db.claim.findUniqueOrThrow({
    where: { id: claim.id },
    select: { version: true },
  });
  const withdrawal = await request.post(`/api/v1/claims/${claim.id}/withdrawal`, {
    headers: { authorization: `Bearer ${await createApiTokenFor(db, seeded.editorId)}` },
    data: { version, note: `Withdrawn in a test ${seeded.token}.` },
  });
  expect(withdrawal.status(), await withdrawal.text()).toBe(200);
  expect((await page.goto(`/claims/${claim.slug}`))?.status()).toBe(404);
  expect(await (await request.get('/feed.xml')).text()).not.toContain(claim.slug);
  expect((await request.get(`/api/v1/verdicts/${claim.slug}`)).status()).toBe(404);
});

test('hostile text in a published claim, article and sources shows inertly', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(`/claims/${seeded.xssClaimSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(XSS_SCRIPT);
  await expect(page.getByText(`Not true ${XSS_IMG}`)).toBeVisible();
  await expect(page.getByRole('link', { name: `Evil source ${seeded.token}` })).toHaveCount(0);
  await expect(page.getByText('javascript:window.__xss=4')).toBeVisible();
  expect(
    JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '')
      .claimReviewed,
  ).toContain(XSS_SCRIPT);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);

  for (const path of [
    `/articles/${seeded.xssArticleSlug}`,
    '/',
    `/search?q=${seeded.token}`,
    '/feed.xml',
  ]) {
    await page.goto(path);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  }
  await page.goto(`/articles/${seeded.xssArticleSlug}`);
  await expect(page.getByRole('region', { name: 'The claims in context' })).toContainText(
    '<a href="javascript:window.__xss=3">click</a>',
  );
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
  expect(dialogs).toBe(0);
});

test('every public page passes axe', async ({ page }) => {
  test.setTimeout(180_000); // nine pages, each scanned by axe
  const speakerSlug = seeded.speaker.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const paths = [
    '/',
    `/articles/${seeded.articleSlug}`,
    `/claims/${seeded.claimSlug}`,
    `/speakers/${speakerSlug}`,
    `/search?q=ferry&speaker=Brack`,
    '/methodology',
    '/corrections-policy',
    '/corrections',
    '/no-such-page',
  ];
  for (const path of paths) {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map(
        (v) => `${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      ),
    ).toEqual([]);
  }
});

test.describe('admin', () => {
  test.use({ storageState: storageStateFor('admin') });

  test('edits the methodology in settings and readers see it at once', async ({
    page,
    browser,
  }) => {
    const text = `We check claims against primary sources (${seeded.token}).`;
    await page.goto('/newsroom/admin/settings');
    await expect(page.getByRole('heading', { name: 'Newsroom settings' })).toBeVisible();
    await page.getByLabel(/Methodology/).fill(`${text}\n\nEvery verdict names its sources.`);
    await page.getByLabel(/review quorum/i).fill('0');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('At least one approval is needed.')).toBeVisible();
    await page.getByLabel(/review quorum/i).fill('1');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status')).toHaveText(/Settings saved/);

    const reader = await browser.newPage({ storageState: { cookies: [], origins: [] } });
    await reader.goto('/methodology');
    await expect(reader.getByRole('heading', { name: 'Methodology', level: 1 })).toBeVisible();
    await expect(reader.getByText(text)).toBeVisible();
    await expect(reader.getByText('Every verdict names its sources.')).toBeVisible();
    await reader.close();
  });
});
