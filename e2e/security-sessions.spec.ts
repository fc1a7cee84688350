import type { Browser, Cookie, Page } from '@playwright/test';
import { createUser } from '@/prisma/factories';
import { expect, test } from './fixtures';
import { submitSignIn } from './sign-in-form';

async function signIn(page: Page, email: string, password: string) {
  await submitSignIn(page, email, password);
  await expect(page.getByLabel('Signed in as')).toBeVisible();
}

/** A fresh browser holding a copy of cookies saved earlier. */
async function replay(browser: Browser, cookies: Cookie[]) {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  return context;
}

async function expectSignedOut(browser: Browser, cookies: Cookie[]) {
  const context = await replay(browser, cookies);
  const api = await context.request.get('/api/v1/claims');
  expect(api.status()).toBe(401);
  const page = await context.newPage();
  await page.goto('/newsroom');
  await expect(page).toHaveURL(/\/signin/);
  await context.close();
}

test('a session cookie saved before sign-out is refused after it', async ({
  page,
  browser,
  db,
}) => {
  const user = await createUser(db, { role: 'JOURNALIST', name: 'Olu Signout' });
  await signIn(page, user.email, user.password);
  const saved = await page.context().cookies();

  const before = await replay(browser, saved);
  expect((await before.request.get('/api/v1/claims')).status()).toBe(200);
  await before.close();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);
  await expectSignedOut(browser, saved);
});

test('"Sign out everywhere" ends the session on another device', async ({ page, browser, db }) => {
  const user = await createUser(db, { role: 'EDITOR', name: 'Eve Everywhere' });
  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await signIn(phonePage, user.email, user.password);
  const phoneCookies = await phone.cookies();
  await phone.close();

  await signIn(page, user.email, user.password);
  await page.getByRole('link', { name: 'Account' }).click();
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/signin/);
  await expectSignedOut(browser, phoneCookies);
});

test.describe('admin', () => {
  test('signs a user out everywhere from the users page', async ({ page, browser, db }) => {
    const admin = await createUser(db, { role: 'ADMIN', name: 'Ada Admin' });
    const user = await createUser(db, { role: 'JOURNALIST', name: 'Lou Lostlaptop' });
    const laptop = await browser.newContext();
    await signIn(await laptop.newPage(), user.email, user.password);
    const laptopCookies = await laptop.cookies();
    await laptop.close();

    await signIn(page, admin.email, admin.password);
    await page.goto('/newsroom/admin/users');
    const row = page.getByRole('row').filter({ hasText: user.email });
    await row.getByRole('button', { name: 'Sign out Lou Lostlaptop everywhere' }).click();
    await expect(row.getByRole('alert')).toHaveCount(0);
    await expect
      .poll(
        async () => (await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion,
      )
      .toBe(1);
    await expectSignedOut(browser, laptopCookies);
  });
});
