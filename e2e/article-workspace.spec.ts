import type { Locator, Page } from '@playwright/test';
import { createLargeArticle } from '@/prisma/large-article-factory';
import { expect, test } from './fixtures';
import { ROLE_LOGINS, storageStateFor } from './roles';

test.use({ storageState: storageStateFor('journalist') });

const CLAIMS = 200;

const textPane = (page: Page) => page.getByRole('region', { name: 'Article text' });
const claimList = (page: Page) => page.getByRole('region', { name: 'Claims' });
const markOf = (page: Page, id: string) => textPane(page).locator(`mark[data-claim-id="${id}"]`);
const rowOf = (page: Page, text: string) =>
  claimList(page).getByRole('article', { name: `Claim: ${text}`, exact: true });

async function expectPicked(page: Page, row: Locator, id: string) {
  await expect(row).toBeFocused();
  await expect(row).toHaveAttribute('aria-current', 'true');
  await expect(markOf(page, id)).toHaveClass(/claim-picked/);
}

test('a transcript-sized article: highlight ↔ claim, keyboard moves, edit and dismiss with a reason', async ({
  page,
  db,
}) => {
  test.setTimeout(180_000); // a 200-claim article, many steps
  const journalist = await db.user.findUniqueOrThrow({
    where: { email: ROLE_LOGINS.journalist.email },
  });
  const article = await createLargeArticle(db, {
    createdById: journalist.id,
    claims: CLAIMS,
    title: `Hearing transcript ${Date.now()}`,
  });
  const claims = await db.claim.findMany({
    where: { articleId: article.id },
    orderBy: { start: 'asc' },
    select: { id: true, text: true, state: true },
  });
  await page.goto(`/newsroom/articles/${article.id}`);
  await expect(page.getByRole('heading', { name: `Claims (${CLAIMS})` })).toBeVisible();

  // Every claim is marked in the text, but only the rows in view are in the list.
  await expect(textPane(page).locator('mark')).toHaveCount(CLAIMS);
  const rendered = await claimList(page).getByRole('article').count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(CLAIMS / 4);
  // The text scrolls in its own pane, beside the list.
  expect(
    await textPane(page).evaluate((pane) => ({
      overflow: getComputedStyle(pane).overflowY,
      scrolls: pane.scrollHeight > pane.clientHeight,
    })),
  ).toEqual({ overflow: 'auto', scrolls: true });

  // Clicking a highlight far down picks its claim: the list scrolls to it and focuses it.
  const far = claims[150];
  expect(far.state).toBe('EXTRACTED');
  await markOf(page, far.id).click();
  await expectPicked(page, rowOf(page, far.text), far.id);

  // Keys move between claims, in the list and in the text.
  await page.keyboard.press('ArrowDown');
  await expectPicked(page, rowOf(page, claims[151].text), claims[151].id);
  await expect(markOf(page, claims[151].id)).toBeInViewport();
  await page.keyboard.press('k');
  await expectPicked(page, rowOf(page, far.text), far.id);
  // A highlight whose claim is already in view in the list is picked the same way.
  await markOf(page, claims[152].id).click();
  await expectPicked(page, rowOf(page, claims[152].text), claims[152].id);
  await markOf(page, far.id).click();
  await expectPicked(page, rowOf(page, far.text), far.id);

  // Enter opens the edit panel on the speaker; Escape closes it and returns to the claim.
  const row = rowOf(page, far.text);
  await page.keyboard.press('Enter');
  const editor = row.getByRole('group', { name: 'Edit claim' });
  await expect(editor).toBeVisible();
  await expect(editor.getByLabel('Speaker', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(row).toBeFocused();

  // d asks for the reason; there is no dismissing without one.
  await page.keyboard.press('d');
  const dismiss = row.getByRole('form', { name: 'Dismiss claim' });
  await expect(dismiss.getByLabel('Reason for dismissing')).toBeFocused();
  await dismiss.getByRole('button', { name: 'Dismiss claim' }).click();
  await expect(dismiss.getByRole('alert')).toHaveText('Choose why the claim is dismissed.');
  await dismiss.getByLabel('Reason for dismissing').selectOption({ label: 'Opinion' });
  await dismiss.getByRole('button', { name: 'Dismiss claim' }).click();
  await expect(page.getByRole('status')).toContainText(`Dismissed “${far.text.slice(0, 20)}`);
  await expect(page.getByRole('status')).toContainText('(opinion)');
  await expect(row).toContainText('Dismissed');
  await expect(markOf(page, far.id)).toHaveAttribute('data-state', 'DISMISSED');
  expect((await db.claim.findUniqueOrThrow({ where: { id: far.id } })).dismissReason).toBe(
    'OPINION',
  );

  // Clicking a claim in the list brings its highlight into view in the text.
  await textPane(page).evaluate((pane) => pane.scrollTo(0, 0));
  const other = rowOf(page, claims[149].text);
  await other.getByText('check-worthiness').click();
  await expect(markOf(page, claims[149].id)).toHaveClass(/claim-picked/);
  await expect(markOf(page, claims[149].id)).toBeInViewport();
});

test('highlights are coloured by state, with a legend', async ({ page, db }) => {
  const journalist = await db.user.findUniqueOrThrow({
    where: { email: ROLE_LOGINS.journalist.email },
  });
  const article = await createLargeArticle(db, { createdById: journalist.id, claims: 16 });
  await page.goto(`/newsroom/articles/${article.id}`);
  const legend = page.getByRole('list', { name: 'Highlight colours' });
  await expect(legend).toContainText('In review');
  const colours = await textPane(page)
    .locator('mark')
    .evaluateAll((marks) =>
      Object.fromEntries(
        marks.map((mark) => [
          (mark as HTMLElement).dataset.state,
          getComputedStyle(mark).backgroundColor,
        ]),
      ),
    );
  expect(Object.keys(colours).sort()).toEqual([
    'DISMISSED',
    'EXTRACTED',
    'IN_REVIEW',
    'SOURCING',
    'VERIFYING',
  ]);
  expect(new Set(Object.values(colours)).size).toBe(5);
});
