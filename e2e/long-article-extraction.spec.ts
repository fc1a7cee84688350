// Issue 12 §1: a long pasted article is saved at once and its claims are extracted by the job
// worker (the e2e setup runs `npm run worker` beside the app); the page shows them when they arrive.
import { createArticle } from '@/prisma/factories';
import { expect, test } from './fixtures';
import { ROLE_LOGINS, storageStateFor } from './roles';

test.use({ storageState: storageStateFor('journalist') });

/** About 30,000 characters (over the 20,000 extracted inline): one attributed statistic a paragraph. */
function longBody(run: string): string {
  const paragraphs = [`Regional report ${run}.`];
  for (let i = 1; i <= 240; i++)
    paragraphs.push(
      `"Unemployment in district ${i} fell to ${(i % 9) + 2}.${i % 10} percent last year," Finance Minister Maria Rossi said on Tuesday.`,
    );
  return paragraphs.join('\n\n');
}

const claimsHeading = /^Claims \([1-9]\d*\)$/;

test('a long pasted article is saved at once and its claims arrive from the worker', async ({
  page,
  db,
}) => {
  test.setTimeout(120_000);
  const title = `Regional unemployment, full report ${Date.now()}`;
  const body = longBody(String(Date.now()));
  expect(body.length).toBeGreaterThan(20_000);

  await page.goto('/newsroom/articles/new');
  const form = page.getByRole('form', { name: 'Import article' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Body text').fill(body);
  await form.getByRole('button', { name: 'Save article' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();

  // It was saved without claims, for the job (the audit records how it was saved).
  const article = await db.article.findFirstOrThrow({ where: { title }, select: { id: true } });
  const created = await db.auditEvent.findFirstOrThrow({
    where: { entityId: article.id, action: 'article.create' },
    select: { after: true },
  });
  expect(created.after).toMatchObject({ claims: 0, extraction: 'PENDING' });

  // The page refreshes itself until the worker has saved the claims.
  await expect(page.getByRole('heading', { name: claimsHeading })).toBeVisible({
    timeout: 90_000,
  });
  await expect(page.getByRole('status').filter({ hasText: 'Extracting claims' })).toHaveCount(0);
  await expect(
    page
      .getByRole('region', { name: 'Article text' })
      .locator('mark', { hasText: 'Unemployment in district 7 fell to 9.7 percent last year' }),
  ).toBeVisible();
  const claims = await db.claim.count({ where: { articleId: article.id } });
  expect(claims).toBeGreaterThanOrEqual(240);

  await page.goto('/newsroom/articles');
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText(String(claims));
});

test('extracting… and a failure are shown in words; Retry extracts the claims', async ({
  page,
  db,
}) => {
  test.setTimeout(120_000);
  const journalist = await db.user.findUniqueOrThrow({
    where: { email: ROLE_LOGINS.journalist.email },
  });
  const title = `Waiting for extraction ${Date.now()}`;
  const article = await createArticle(db, {
    createdById: journalist.id,
    title,
    body: `"Unemployment fell to 4.1 percent in ${Date.now()}," Finance Minister Maria Rossi said on Tuesday.`,
    extract: false,
  });
  // As a long import leaves it until its job has run (none is queued here).
  await db.article.update({ where: { id: article.id }, data: { extraction: 'PENDING' } });

  await page.goto('/newsroom/articles');
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('Extracting…');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Extracting claims…' })).toBeVisible();
  await expect(page.getByText('Claims appear here when extraction finishes.')).toBeVisible();
  await expect(page.getByText('No claims found in this article.')).toHaveCount(0);

  // The job ran out of retries: the page, polling, says so.
  await db.article.update({
    where: { id: article.id },
    data: { extraction: 'FAILED', extractionError: 'Connection terminated unexpectedly' },
  });
  const failure = page.getByRole('alert').filter({ hasText: 'Claim extraction failed' });
  await expect(failure).toContainText('Connection terminated unexpectedly', { timeout: 15_000 });

  await failure.getByRole('button', { name: 'Retry extraction' }).click();
  await expect(page.getByRole('heading', { name: claimsHeading })).toBeVisible({
    timeout: 90_000,
  });
  await expect(
    page.getByRole('region', { name: 'Article text' }).locator('mark', {
      hasText: 'Unemployment fell to 4.1 percent',
    }),
  ).toBeVisible();
  await expect(failure).toHaveCount(0);
});
