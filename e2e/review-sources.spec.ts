// Issue 11 §4: a journalist corrects a mistyped source and removes a wrong one while verifying.
import { createClaimInState } from '@/prisma/factories';
import { expect, test } from './fixtures';
import { ROLE_LOGINS, storageStateFor } from './roles';

test('a journalist corrects a source, records when it was read and its archived copy, and removes another', async ({
  browser,
  db,
}) => {
  const journalistUser = await db.user.findUniqueOrThrow({
    where: { email: ROLE_LOGINS.journalist.email },
  });
  const claim = await createClaimInState(db, { authorId: journalistUser.id, state: 'VERIFYING' });
  const page = await (
    await browser.newContext({ storageState: storageStateFor('journalist') })
  ).newPage();
  await page.goto(`/newsroom/claims/${claim.id}`);

  const add = page.getByRole('form', { name: 'Add source' });
  await add.getByLabel('Source URL').fill('https://example.org/wrong-report');
  await add.getByLabel('Source title').fill('Wrong report');
  await add.getByLabel('Kind of source').selectOption('NEWS_REPORT');
  await add.getByLabel('What it shows').selectOption('CONTEXT');
  await add.getByRole('button', { name: 'Add source' }).click();
  await expect(add.getByRole('status')).toHaveText('Source added.');
  const sources = page.getByRole('list', { name: 'Sources' });
  await expect(sources.getByRole('link', { name: 'Wrong report' })).toBeVisible();

  await sources.getByRole('button', { name: 'Edit source Labour force survey' }).click();
  const edit = page.getByRole('form', { name: 'Edit source Labour force survey' });
  await edit.getByLabel('Source URL').fill('https://stats.example.org/unemployment-march');
  await edit.getByLabel('Source title').fill('Labour force survey, March');
  await edit.getByLabel('Accessed on').fill('2026-03-02');
  await edit
    .getByLabel('Archived copy URL (optional)')
    .fill('https://web.archive.org/web/2026/https://stats.example.org/unemployment-march');
  await edit.getByRole('button', { name: 'Save source' }).click();
  const corrected = sources.getByRole('link', { name: 'Labour force survey, March' });
  await expect(corrected).toHaveAttribute('href', 'https://stats.example.org/unemployment-march');
  await expect(sources.getByText('accessed 2 Mar 2026')).toBeVisible();
  await expect(sources.getByRole('link', { name: 'archived copy' })).toHaveAttribute(
    'href',
    /web\.archive\.org/,
  );

  await sources.getByRole('button', { name: 'Remove source Wrong report' }).click();
  await expect(sources.getByRole('link', { name: 'Wrong report' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Sources (1)' })).toBeVisible();
});
