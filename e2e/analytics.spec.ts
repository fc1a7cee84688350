import AxeBuilder from '@axe-core/playwright';
import { createArticle, createClaim, createUser } from '@/prisma/factories';
import { createPublishedClaim } from '@/prisma/publication-factory';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { storageStateFor } from './roles';

test.use({ storageState: storageStateFor('editor') });

interface Seeded {
  text: string;
  createdAt: string;
  publishedAt?: string;
  dismissed?: boolean;
  checkworthy?: boolean;
}

// The desk's history for one outlet of its own, so other specs' data cannot change the figures.
const SEED: Seeded[] = [
  { text: 'Exports doubled', createdAt: '2026-02-15', publishedAt: '2026-03-03' },
  { text: 'Crime fell by half', createdAt: '2026-03-05', publishedAt: '2026-03-10' },
  { text: 'Taxes never rose', createdAt: '2026-03-20', publishedAt: '2026-04-15' },
  { text: 'The best city ever', createdAt: '2026-04-02', dismissed: true },
  { text: 'Jobs grew every month', createdAt: '2026-05-10', checkworthy: false },
];

/** The dashboard's figures, computed here from the seed list rather than read from the database. */
function expected(from: string, to: string) {
  const inRange = (day?: string) => day !== undefined && day >= from && day <= to;
  const imported = SEED.filter((claim) => inRange(claim.createdAt));
  return {
    imported: imported.length,
    published: SEED.filter((claim) => inRange(claim.publishedAt)).length,
    dismissed: imported.filter((claim) => claim.dismissed).length,
  };
}

async function expectFigures(page: Page, from: string, to: string) {
  const figures = expected(from, to);
  await expect(page.getByLabel('Claims imported', { exact: true })).toHaveText(
    String(figures.imported),
  );
  await expect(page.getByLabel('Claims published', { exact: true })).toHaveText(
    String(figures.published),
  );
  await expect(page.getByLabel('Imported claims dismissed', { exact: true })).toHaveText(
    String(figures.dismissed),
  );
}

test('an editor opens the dashboard, changes the date range, and the figures follow the data', async ({
  page,
  db,
}) => {
  const author = await createUser(db, { role: 'EDITOR' });
  const outlet = `Analytics Gazette ${Date.now()}`;
  const body = SEED.map((claim) => claim.text).join('. ');
  const article = await createArticle(db, { createdById: author.id, body, extract: false, outlet });
  for (const claim of SEED) {
    const start = body.indexOf(claim.text);
    const made = claim.publishedAt
      ? await createPublishedClaim(db, {
          articleId: article.id,
          text: claim.text,
          start,
          speaker: 'Mayor Ana Lopez',
          publishedById: author.id,
          publishedAt: new Date(`${claim.publishedAt}T12:00:00Z`),
        })
      : await createClaim(db, { articleId: article.id, text: claim.text, start });
    await db.claim.update({
      where: { id: made.id },
      data: {
        createdAt: new Date(`${claim.createdAt}T09:00:00Z`),
        checkworthy: claim.checkworthy ?? true,
        ...(claim.dismissed ? { state: 'DISMISSED', dismissReason: 'OPINION' } : {}),
      },
    });
  }

  await page.goto(
    `/newsroom/analytics?from=2026-03-01&to=2026-03-31&outlet=${encodeURIComponent(outlet)}`,
  );
  await expect(page.getByRole('heading', { name: 'Analytics', level: 1 })).toBeVisible();
  await expectFigures(page, '2026-03-01', '2026-03-31');

  await page.getByRole('textbox', { name: 'From' }).fill('2026-02-01');
  await page.getByRole('textbox', { name: 'To', exact: true }).fill('2026-06-30');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/from=2026-02-01/);
  await expectFigures(page, '2026-02-01', '2026-06-30');

  // Every chart has its data as a table; the throughput table lists the first publications by week.
  await page.getByText('Data table: Claims published per week, by rating').click();
  const throughput = page.getByRole('table', { name: 'Claims published per week, by rating' });
  await expect(throughput.getByRole('row')).toHaveCount(1 + 3);

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('journalists do not see the dashboard', async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor('journalist') });
  const page = await context.newPage();
  const response = await page.goto('/newsroom/analytics');
  expect(response?.status()).toBe(403);
  await context.close();
});
