import { expect, test } from './fixtures';
import { ROLE_LOGINS, storageStateFor } from './roles';

const ISTANBUL_TITLE = 'Russia and Ukraine hold first direct peace talks in Istanbul since 2022';

test.describe('anonymous visitor', () => {
  test('is sent to sign-in from a newsroom URL and sees the public home page', async ({ page }) => {
    await page.goto('/newsroom/articles');
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    await expect(page.getByRole('heading', { name: 'Sign in to Factdesk' })).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Factdesk', level: 1 })).toBeVisible();
  });
});

for (const role of ['journalist', 'editor'] as const) {
  test.describe(`${role}`, () => {
    test.use({ storageState: storageStateFor(role) });

    test('sees the newsroom, opens the Istanbul article, and is refused user admin', async ({
      page,
    }) => {
      await page.goto('/newsroom/articles');
      await expect(page.getByLabel('Signed in as')).toContainText(ROLE_LOGINS[role].label);
      await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);
      await page.getByRole('link', { name: ISTANBUL_TITLE }).click();
      await expect(page.getByRole('heading', { name: ISTANBUL_TITLE })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Article text' })).toContainText(
        'Heorhii Tykhii',
      );

      const response = await page.goto('/newsroom/admin/users');
      expect(response?.status()).toBe(403);
      await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
    });
  });
}

test.describe('admin', () => {
  test.use({ storageState: storageStateFor('admin') });

  test('manages users: creates one, changes its role, disables it', async ({ page }) => {
    const email = `reporter-${Date.now()}@factdesk.test`;
    await page.goto('/newsroom/admin/users');
    await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();

    const form = page.getByRole('form', { name: 'Create user' });
    await form.getByLabel('Email').fill('not-an-email');
    await form.getByRole('button', { name: 'Create user' }).click();
    await expect(form.getByText('Enter a valid email address.')).toBeVisible();

    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Name').fill('Riley Reporter');
    await form.getByLabel('Role').selectOption('JOURNALIST');
    await form.getByLabel('Initial password').fill('a-long-initial-password');
    await form.getByRole('button', { name: 'Create user' }).click();
    await expect(page.getByRole('status')).toHaveText(`Created ${email}.`);

    const row = page.getByRole('row').filter({ hasText: email });
    await expect(row).toContainText('Journalist');
    await row.getByLabel('Role of Riley Reporter').selectOption('EDITOR');
    await expect(row.getByRole('cell', { name: 'Editor', exact: true })).toBeVisible();
    await row.getByRole('button', { name: 'Disable Riley Reporter' }).click();
    await expect(row.getByRole('cell', { name: 'Disabled', exact: true })).toBeVisible();
  });
});
