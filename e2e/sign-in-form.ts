import type { Page } from '@playwright/test';

/** Fills in and sends the sign-in form, as a user would; the caller checks what follows. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
