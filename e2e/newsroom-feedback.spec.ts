import type { Page } from '@playwright/test';
import { createArticle, createClaimInState } from '@/prisma/factories';
import { expect, test } from './fixtures';
import { ROLE_LOGINS, storageStateFor, type RoleName } from './roles';

const userId = async (db: import('@/lib/prisma-client').Db, role: RoleName) =>
  (await db.user.findUniqueOrThrow({ where: { email: ROLE_LOGINS[role].email } })).id;

/** How far the page is wider than the window (0 when nothing sticks out sideways). */
const overflowX = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test.describe('on a 390-px phone', () => {
  test.use({ storageState: storageStateFor('admin'), viewport: { width: 390, height: 844 } });

  test('no newsroom page scrolls sideways and the header wraps', async ({ page, db }) => {
    test.setTimeout(180_000); // eleven pages
    const adminId = await userId(db, 'admin');
    const article = await createArticle(db, {
      createdById: adminId,
      title: `A rather long headline about the council budget and its many critics ${Date.now()}`,
      body: 'The council said it had cut the deficit by 40 percent since 2021, according to its annual report on public spending.',
    });
    const claim = await createClaimInState(db, { authorId: adminId, state: 'IN_REVIEW' });
    const pages = [
      '/newsroom',
      '/newsroom/articles',
      '/newsroom/articles/new',
      `/newsroom/articles/${article.id}`,
      '/newsroom/claims',
      `/newsroom/claims/${claim.id}`,
      '/newsroom/admin/users',
      '/newsroom/admin/settings',
      '/newsroom/settings/tokens',
      '/newsroom/settings/account',
      '/newsroom/no-such-page',
    ];
    for (const path of pages) {
      await page.goto(path);
      await expect(page.getByRole('navigation', { name: 'Newsroom' })).toBeVisible();
      expect(await overflowX(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    const nav = await page.getByRole('navigation', { name: 'Newsroom' }).boundingBox();
    expect(nav!.x + nav!.width).toBeLessThanOrEqual(390);
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeInViewport();
  });
});

test.describe('as an editor', () => {
  test.use({ storageState: storageStateFor('editor') });

  test('a workflow move confirms after its form goes away, and the message clears', async ({
    page,
    db,
  }) => {
    const claim = await createClaimInState(db, {
      authorId: await userId(db, 'journalist'),
      state: 'EXTRACTED',
    });
    await page.goto(`/newsroom/claims/${claim.id}`);
    await page.getByRole('button', { name: 'Start sourcing' }).click();
    await expect(page.getByRole('status')).toHaveText('Done: start sourcing.');
    await expect(page.getByRole('button', { name: 'Start sourcing' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Start verifying' })).toBeVisible();
    await expect(page.getByRole('status')).toBeHidden({ timeout: 15_000 });

    await page.getByRole('button', { name: 'Start verifying' }).click();
    await expect(page.getByRole('status')).toHaveText('Done: start verifying.');
    await page.getByRole('button', { name: 'Dismiss message' }).click();
    await expect(page.getByRole('status')).toBeHidden();
  });

  test('dismissing from the claim page asks for the reason and shows it', async ({ page, db }) => {
    const claim = await createClaimInState(db, {
      authorId: await userId(db, 'journalist'),
      state: 'EXTRACTED',
    });
    await page.goto(`/newsroom/claims/${claim.id}`);
    const form = page.getByRole('form', { name: 'Dismiss' });
    await form.getByRole('button', { name: 'Dismiss' }).click();
    await expect(form.getByRole('alert')).toContainText('reason');
    await form.getByLabel('Reason').selectOption({ label: 'Not check-worthy' });
    await form.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('status')).toHaveText('Done: dismiss.');
    await expect(page.getByText('Dismissed: not check-worthy')).toBeVisible();
  });

  test('a published claim links to its public page, from the claim page and the article', async ({
    page,
    db,
  }) => {
    const editorId = await userId(db, 'editor');
    const claim = await createClaimInState(db, {
      authorId: await userId(db, 'journalist'),
      state: 'PUBLISHED',
      approverIds: [editorId],
    });
    await page.goto(`/newsroom/articles/${claim.articleId}`);
    await expect(
      page.getByRole('article', { name: `Claim: ${claim.text}` }).getByRole('link', {
        name: 'Public page',
      }),
    ).toHaveAttribute('href', `/claims/${claim.slug}`);

    await page.goto(`/newsroom/claims/${claim.id}`);
    await page
      .getByRole('region', { name: 'Published verdict' })
      .getByRole('link', { name: 'View on the public site' })
      .click();
    await expect(page).toHaveURL(`/claims/${claim.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(claim.text);
  });

  test('a missing newsroom page is a 404 inside the newsroom', async ({ page }) => {
    const response = await page.goto('/newsroom/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found in the newsroom' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Newsroom' })).toBeVisible();
    await expect(page.getByLabel('Signed in as')).toContainText(ROLE_LOGINS.editor.name);

    await page.goto('/newsroom/claims/no-such-claim');
    await expect(page.getByRole('heading', { name: 'Not found in the newsroom' })).toBeVisible();
  });
});

test('every page has a favicon that answers', async ({ page, request }) => {
  for (const path of ['/', '/signin', '/methodology']) {
    await page.goto(path);
    const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
    expect(href, `${path} names an icon`).toBeTruthy();
    const icon = await request.get(href!);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toContain('image/svg+xml');
  }
  const ico = await request.get('/favicon.ico');
  expect(ico.status()).toBe(200);
  expect(ico.headers()['content-type']).toContain('image/svg+xml');
});
