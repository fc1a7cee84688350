import { createUser } from '@/prisma/factories';
import { expect, test } from './fixtures';

test('wrong email and wrong password give the same message; the right password signs in and out', async ({
  page,
  db,
}) => {
  const user = await createUser(db, { role: 'JOURNALIST', name: 'Sam Signin' });

  await page.goto('/signin');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter your email.')).toBeVisible();
  await expect(page.getByText('Enter your password.')).toBeVisible();
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter a valid email address.')).toBeVisible();

  for (const [email, password] of [
    [`nobody-${Date.now()}@factdesk.test`, 'whatever-password'],
    [user.email, 'wrong-password'],
  ]) {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'Email or password is incorrect.',
    );
  }

  await page.getByLabel('Password').fill(user.password);
  await page.getByLabel('Email').fill(user.email);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Signed in as')).toContainText('Sam Signin');
  await expect(page.getByLabel('Signed in as')).toContainText('Journalist');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto('/newsroom/articles');
  await expect(page).toHaveURL(/\/signin/);
});

test('a disabled user is signed out on their next request; re-enabled, they can sign in again', async ({
  page,
  db,
}) => {
  const user = await createUser(db, { role: 'EDITOR', name: 'Dana Disabled' });
  await page.goto('/signin');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Signed in as')).toContainText('Dana Disabled');

  await db.user.update({ where: { id: user.id }, data: { disabled: true } });
  await page.goto('/newsroom/articles');
  await expect(page).toHaveURL(/\/signin/);

  await db.user.update({ where: { id: user.id }, data: { disabled: false, role: 'JOURNALIST' } });
  await page.goto('/newsroom/articles');
  await expect(page.getByLabel('Signed in as')).toContainText('Journalist');
});

test('before its JavaScript runs, the sign-in form cannot be sent (a plain GET would put the password in the address)', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/signin');
  await expect(page.getByLabel('Password')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  await context.close();
});
