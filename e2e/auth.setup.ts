import { expect, test as setup } from '@playwright/test';
import { DEMO_PASSWORD, ROLE_LOGINS, storageStateFor, type RoleName } from './roles';

// One saved login per role; specs reuse them with test.use({ storageState }).
for (const role of Object.keys(ROLE_LOGINS) as RoleName[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('Email').fill(ROLE_LOGINS[role].email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The first sign-in on a cold server can take several seconds on a busy 2-core machine.
    await expect(page.getByLabel('Signed in as')).toContainText(ROLE_LOGINS[role].name, {
      timeout: 30_000,
    });
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
