import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { speakerSlug } from '@/lib/slug';
import { createArticle, createUser } from '@/prisma/factories';
import { createPublishedClaim } from '@/prisma/publication-factory';
import { expect, test } from './fixtures';
import { storageStateFor, type RoleName } from './roles';

let pages: { public: string[]; newsroom: string[] };

test.beforeAll(async ({ db }) => {
  const token = randomBytes(3).toString('hex');
  const editor = await createUser(db, { role: 'EDITOR' });
  const speaker = `Mayor Ines Quill${token}`;
  const claimText = `the tram ${token} carried 90 thousand riders a day`;
  const body = `${speaker} said ${claimText}. The council will vote in May.`;
  const article = await createArticle(db, {
    createdById: editor.id,
    title: `Tram riders ${token}`,
    body,
    extract: false,
  });
  const claim = await createPublishedClaim(db, {
    articleId: article.id,
    text: claimText,
    start: body.indexOf(claimText),
    speaker,
    rating: 'MIXED',
    summary: 'Ridership counts differ by season.',
    explanation: 'The operator publishes monthly counts.',
    sources: [{ url: 'https://tram.example/stats', title: 'Counts', kind: 'DATASET' }],
    checkedBy: 'Casey Checker',
    approvedBy: ['Emery Editor'],
    publishedById: editor.id,
  });
  pages = {
    public: [
      '/',
      `/claims/${claim.slug}`,
      `/articles/${article.slug}`,
      `/speakers/${speakerSlug(speaker)}`,
      `/search?q=tram`,
      '/methodology',
      '/corrections',
      '/corrections-policy',
      '/signin',
      '/no-such-page',
    ],
    newsroom: [
      '/newsroom',
      '/newsroom/articles',
      '/newsroom/articles/new',
      `/newsroom/articles/${article.id}`,
      '/newsroom/claims',
      `/newsroom/claims/${claim.id}`,
      '/newsroom/settings/tokens',
      '/newsroom/settings/account',
      '/newsroom/admin/users',
      '/newsroom/admin/settings',
    ],
  };
});

/** Records every CSP violation the page reports, from the first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (t: string) => void })
        .reportCspViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI} on ${location.pathname}`);
    });
  });
  return violations;
}

async function visitAll(page: Page, paths: string[]) {
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Next's runtime ran: the page's scripts were allowed, not just silently skipped.
    await expect
      .poll(() =>
        page.evaluate(() => typeof (window as { next?: { version?: string } }).next?.version),
      )
      .toBe('string');
  }
}

// Twenty pages per test on a shared, busy machine.
test.describe.configure({ timeout: 180_000 });

test('a reader sees no CSP violation on any page', async ({ page }) => {
  const violations = await watchViolations(page);
  await visitAll(page, [...pages.public, ...pages.newsroom]);
  expect(violations).toEqual([]);
});

for (const role of ['journalist', 'editor', 'admin'] as RoleName[]) {
  test.describe(role, () => {
    test.use({ storageState: storageStateFor(role) });

    test(`${role} sees no CSP violation on any page, and client code runs under the nonce`, async ({
      page,
    }) => {
      const violations = await watchViolations(page);
      await visitAll(page, [...pages.newsroom, ...pages.public]);
      // A client-side navigation and a client component (the filter form) work under the policy.
      await page.goto('/newsroom/claims');
      await page
        .getByRole('navigation', { name: 'Newsroom' })
        .getByRole('link', { name: 'Articles' })
        .click();
      await expect(page).toHaveURL(/\/newsroom\/articles$/);
      expect(violations).toEqual([]);
    });
  });
}

test('page responses carry the headers; newsroom nonces differ per request', async ({
  request,
}) => {
  const first = await request.get('/signin');
  const second = await request.get('/signin');
  const nonce = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1];
  expect(nonce(first.headers()['content-security-policy'])).toBeTruthy();
  expect(nonce(first.headers()['content-security-policy'])).not.toBe(
    nonce(second.headers()['content-security-policy']),
  );
  const home = await request.get('/');
  expect(home.headers()['content-security-policy']).not.toContain('nonce-');
  for (const response of [first, home, await request.get('/api/v1/verdicts')]) {
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['referrer-policy']).toBeTruthy();
    expect(response.headers()['permissions-policy']).toBeTruthy();
  }
  const html = await first.text();
  const script = /<script[^>]*src="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
  expect(script).toBeTruthy();
  expect((await request.get(script!)).headers()['x-content-type-options']).toBe('nosniff');
});
