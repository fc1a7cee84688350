import type { Page } from '@playwright/test';
import { createUser } from '@/prisma/factories';
import { expect, test } from './fixtures';
import { submitSignIn } from './sign-in-form';

async function choosePassword(page: Page, current: string, next: string) {
  const form = page.getByRole('form', { name: 'Change password' });
  await form.getByLabel('Current password').fill(current);
  await form.getByLabel('New password', { exact: true }).fill(next);
  await form.getByLabel('New password again').fill(next);
  await form.getByRole('button', { name: 'Change password' }).click();
}

test('an admin resets a password; the user must choose a strong new one at the next sign-in', async ({
  page,
  browser,
  db,
}) => {
  const admin = await createUser(db, { role: 'ADMIN', name: 'Ari Admin' });
  const user = await createUser(db, { role: 'JOURNALIST', name: 'Rey Reset' });

  await submitSignIn(page, admin.email, admin.password);
  await expect(page.getByLabel('Signed in as')).toContainText('Ari Admin');
  await page.goto('/newsroom/admin/users');
  const row = page.getByRole('row').filter({ hasText: user.email });
  await row.getByRole('button', { name: 'Reset password of Rey Reset' }).click();
  const shown = row.getByRole('status');
  await expect(shown).toContainText('One-time password for Rey Reset');
  const temporary = (await shown.locator('code').textContent())!;

  const context = await browser.newContext();
  const userPage = await context.newPage();
  await submitSignIn(userPage, user.email, user.password);
  await expect(userPage.getByRole('main').getByRole('alert')).toHaveText(
    'Email or password is incorrect.',
  );
  await submitSignIn(userPage, user.email, temporary);
  await expect(userPage).toHaveURL(/\/account\/password$/);
  await userPage.goto('/newsroom/claims');
  await expect(userPage).toHaveURL(/\/account\/password$/);

  await choosePassword(userPage, temporary, '123456789012');
  await expect(userPage.getByText('This password is too easy to guess')).toBeVisible();
  await choosePassword(userPage, temporary, 'lantern harbour oboe 1877');
  await expect(userPage).toHaveURL(/\/signin/);
  await submitSignIn(userPage, user.email, 'lantern harbour oboe 1877');
  await expect(userPage.getByLabel('Signed in as')).toContainText('Rey Reset');
  await context.close();
});

test('a user changes their own password on the account page', async ({ page, db }) => {
  const user = await createUser(db, { role: 'EDITOR', name: 'Cy Change' });
  await submitSignIn(page, user.email, user.password);
  await expect(page.getByLabel('Signed in as')).toContainText('Cy Change');
  await page.getByRole('link', { name: 'Account' }).click();
  await choosePassword(page, 'not-my-password', 'quartz meadow violin 2041');
  await expect(page.getByText('Your current password is not right.')).toBeVisible();
  await choosePassword(page, user.password, 'passwordpassword');
  await expect(page.getByText('This password is too easy to guess')).toBeVisible();
  await choosePassword(page, user.password, 'quartz meadow violin 2041');
  await expect(page).toHaveURL(/\/signin/);
  await submitSignIn(page, user.email, 'quartz meadow violin 2041');
  await expect(page.getByLabel('Signed in as')).toContainText('Cy Change');
});
