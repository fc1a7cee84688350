import AxeBuilder from '@axe-core/playwright';
import type { Priority } from '@/lib/generated/prisma/enums';
import { createArticle, createClaim, createUser } from '@/prisma/factories';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { storageStateFor } from './roles';

test.use({ storageState: storageStateFor('editor') });

async function expectNoAxeViolations(page: Page, path: string) {
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

test('queue headers sort the table and announce the sort (aria-sort), by mouse and keyboard', async ({
  page,
  db,
}) => {
  const author = await createUser(db, { role: 'JOURNALIST' });
  const article = await createArticle(db, { createdById: author.id, extract: false });
  const suffix = article.id.slice(-6);
  const claims: { text: string; priority: Priority; daysAgo: number }[] = [
    { text: `Low priority, updated 3 days ago ${suffix}`, priority: 'LOW', daysAgo: 3 },
    { text: `Urgent, updated 2 days ago ${suffix}`, priority: 'URGENT', daysAgo: 2 },
    { text: `Normal priority, updated today ${suffix}`, priority: 'NORMAL', daysAgo: 0 },
  ];
  for (const [index, { text, priority, daysAgo }] of claims.entries()) {
    const claim = await createClaim(db, { articleId: article.id, text, start: index * 100 });
    await db.claim.update({
      where: { id: claim.id },
      data: { priority, updatedAt: new Date(Date.now() - daysAgo * 86_400_000) },
    });
  }

  await page.goto(`/newsroom/claims?article=${article.id}`);
  const table = page.getByRole('table', { name: 'Claims' });
  const header = (name: string) => table.getByRole('columnheader', { name, exact: true });
  const firstClaim = () => table.getByRole('rowheader').first();

  // Default: most recently updated first, i.e. age ascending.
  await expect(header('Age')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header('Priority')).not.toHaveAttribute('aria-sort');
  await expect(firstClaim()).toContainText('updated today');

  await header('Priority').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`article=${article.id}.*sort=priority`));
  await expect(header('Priority')).toHaveAttribute('aria-sort', 'descending');
  await expect(header('Age')).not.toHaveAttribute('aria-sort');
  await expect(firstClaim()).toContainText('Urgent');

  await header('Age').getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(header('Age')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header('Priority')).not.toHaveAttribute('aria-sort');
  await expect(firstClaim()).toContainText('updated today');

  await header('Age').getByRole('link').press('Enter');
  await expect(header('Age')).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(firstClaim()).toContainText('Low priority');
});

test('the queue pages by Next page and Previous page links, filters and sort kept', async ({
  page,
  db,
}) => {
  const author = await createUser(db, { role: 'JOURNALIST' });
  const article = await createArticle(db, { createdById: author.id, extract: false });
  const suffix = article.id.slice(-6);
  const base = Date.now() - 86_400_000;
  await db.claim.createMany({
    data: Array.from({ length: 53 }, (_, n) => ({
      slug: `paging-${suffix}-${n}`,
      articleId: article.id,
      text: `Paging claim ${String(n).padStart(2, '0')} ${suffix}`,
      statement: `Paging claim ${String(n).padStart(2, '0')} ${suffix}`,
      start: n * 40,
      end: n * 40 + 30,
      sentenceStart: n * 40,
      sentenceEnd: n * 40 + 30,
      updatedAt: new Date(base + n * 60_000),
    })),
  });

  await page.goto(`/newsroom/claims?article=${article.id}&sort=oldest`);
  const table = page.getByRole('table', { name: 'Claims' });
  const pages = page.getByRole('navigation', { name: 'Claim pages' });
  await expect(page.getByText('53 claims')).toBeVisible();
  await expect(table.getByRole('rowheader').first()).toContainText('Paging claim 00');
  await expect(pages.getByRole('link', { name: 'Previous page' })).toHaveCount(0);

  await pages.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(new RegExp(`article=${article.id}.*sort=oldest.*cursor=`));
  await expect(table.getByRole('rowheader')).toHaveCount(3);
  await expect(table.getByRole('rowheader').first()).toContainText('Paging claim 50');
  await expect(pages.getByRole('link', { name: 'Next page' })).toHaveCount(0);

  await pages.getByRole('link', { name: 'Previous page' }).click();
  await expect(table.getByRole('rowheader').first()).toContainText('Paging claim 00');
  await expect(table.getByRole('rowheader')).toHaveCount(50);
});

test('newsroom table pages pass axe', async ({ page }) => {
  // Four full-page axe scans of pages that list every other spec's claims take a while.
  test.setTimeout(150_000);
  for (const path of [
    '/newsroom',
    '/newsroom/claims?sort=priority',
    '/newsroom/articles',
    '/newsroom/settings/tokens',
  ])
    await expectNoAxeViolations(page, path);
});

test.describe('admin', () => {
  test.use({ storageState: storageStateFor('admin') });

  test('the users table passes axe', async ({ page }) => {
    await expectNoAxeViolations(page, '/newsroom/admin/users');
  });
});
