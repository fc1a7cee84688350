import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { createArticle, createClaimInState } from '@/prisma/factories';
import { expect, test } from './fixtures';
import { ROLE_LOGINS, storageStateFor } from './roles';

const ISTANBUL = readFileSync('prisma/demo/istanbul-talks.txt', 'utf8').trim();

async function state(page: Page) {
  return page
    .getByText(/^(Extracted|Sourcing|Verifying|In review|Approved|Published|Dismissed)$/)
    .first();
}

/** The journalist saves a new one-line summary (and rating, if given) and resubmits for review. */
async function reviseAndSubmit(journalist: Page, summary: string, rating?: string) {
  const verdict = journalist.getByRole('form', { name: 'Proposed verdict' });
  if (rating) await verdict.getByLabel('Rating').selectOption(rating);
  await verdict.getByLabel('One-line summary').fill(summary);
  await verdict.getByRole('button', { name: 'Save verdict' }).click();
  await expect(verdict.getByRole('status')).toHaveText('Verdict saved.');
  await journalist.getByRole('button', { name: 'Submit for review' }).click();
  await expect(await state(journalist)).toHaveText('In review');
}

async function approve(editor: Page) {
  await editor.reload();
  await editor
    .getByRole('form', { name: 'Review verdict' })
    .getByRole('button', { name: 'Approve' })
    .click();
  await expect(await state(editor)).toHaveText('Approved');
}

test('a claim goes from triage to a published verdict that an anonymous reader finds', async ({
  browser,
  db,
}) => {
  test.setTimeout(120_000);
  const journalistUser = await db.user.findUniqueOrThrow({
    where: { email: ROLE_LOGINS.journalist.email },
  });
  const article = await createArticle(db, {
    createdById: journalistUser.id,
    title: `Istanbul talks ${Date.now()}`,
    body: ISTANBUL,
    url: 'https://news.example.org/istanbul-talks',
  });
  const claim = article.claims.find((c) => c.text.includes('12,000'));
  expect(claim, 'the extractor finds the U.N. casualty figure').toBeDefined();
  const claimUrl = `/newsroom/claims/${claim!.id}`;

  const journalist = await (
    await browser.newContext({ storageState: storageStateFor('journalist') })
  ).newPage();
  const editor = await (
    await browser.newContext({ storageState: storageStateFor('editor') })
  ).newPage();

  // Journalist: triage, source, verify, propose a verdict, submit.
  await journalist.goto(claimUrl);
  await expect(journalist.getByRole('heading', { level: 1 })).toContainText('12,000');
  await journalist.getByRole('button', { name: 'Start sourcing' }).click();
  await expect(await state(journalist)).toHaveText('Sourcing');

  const source = journalist.getByRole('form', { name: 'Add source' });
  await source.getByLabel('Source URL').fill('javascript:alert(1)');
  await source.getByLabel('Source title').fill('OHCHR update');
  await source.getByLabel('Kind of source').selectOption('PRIMARY_DOCUMENT');
  await source.getByLabel('What it shows').selectOption('SUPPORTS');
  await source.getByRole('button', { name: 'Add source' }).click();
  await expect(source.getByText(/http/).first()).toBeVisible();
  await source
    .getByLabel('Source URL')
    .fill('https://www.ohchr.org/en/news/ukraine-civilian-casualties');
  await source.getByRole('button', { name: 'Add source' }).click();
  await expect(journalist.getByRole('link', { name: 'OHCHR update' })).toBeVisible();

  await journalist.getByRole('button', { name: 'Start verifying' }).click();
  await expect(await state(journalist)).toHaveText('Verifying');
  const verdict = journalist.getByRole('form', { name: 'Proposed verdict' });
  await verdict.getByLabel('Rating').selectOption('TRUE');
  await verdict
    .getByLabel('One-line summary')
    .fill('UN monitors have recorded more than 12,000 civilian deaths.');
  await verdict
    .getByLabel('Explanation')
    .fill('The UN Human Rights Monitoring Mission reported the figure in its latest update.');
  await verdict.getByRole('button', { name: 'Save verdict' }).click();
  await expect(verdict.getByRole('status')).toHaveText('Verdict saved.');
  await journalist.getByRole('button', { name: 'Submit for review' }).click();
  await expect(await state(journalist)).toHaveText('In review');

  // Editor: request changes with a note.
  await editor.goto(claimUrl);
  const review = editor.getByRole('form', { name: 'Review verdict' });
  await review.getByLabel('Review note').fill('Name the month of the UN update in the summary.');
  await review.getByRole('button', { name: 'Request changes' }).click();
  await expect(await state(editor)).toHaveText('Verifying');

  // Journalist: sees the note, revises, resubmits.
  await journalist.reload();
  await expect(journalist.getByRole('region', { name: 'Changes requested' })).toContainText(
    'Name the month of the UN update',
  );
  await reviseAndSubmit(
    journalist,
    'UN monitors recorded more than 12,000 civilian deaths by May 2025.',
  );

  // Editor: approves and publishes.
  await approve(editor);
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(await state(editor)).toHaveText('Published');
  await expect(editor.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expect(editor.getByText(/^requested changes/)).toBeVisible();
  await expect(editor.getByText('added source ‘OHCHR update’ (supports)')).toBeVisible();

  // A reader without an account finds the verdict on the public site.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/');
  await reader
    .getByRole('link', { name: /12,000 Ukrainian civilians killed/ })
    .first()
    .click();
  await expect(
    reader.getByText('UN monitors recorded more than 12,000 civilian deaths by May 2025.'),
  ).toBeVisible();
  await expect(reader.getByText('True', { exact: true }).first()).toBeVisible();
});

test('a stale form offers to reload instead of overwriting', async ({ browser, db }) => {
  const journalistUser = await db.user.findUniqueOrThrow({
    where: { email: ROLE_LOGINS.journalist.email },
  });
  const article = await createArticle(db, {
    createdById: journalistUser.id,
    body: 'Exports rose 14 percent in March, the trade ministry said.',
  });
  const claim = article.claims[0];
  const page = await (
    await browser.newContext({ storageState: storageStateFor('journalist') })
  ).newPage();
  await page.goto(`/newsroom/claims/${claim.id}`);
  await db.claim.update({
    where: { id: claim.id },
    data: { version: { increment: 1 }, priority: 'HIGH' },
  });
  await page.getByRole('button', { name: 'Start sourcing' }).click();
  await expect(page.getByRole('form', { name: 'Start sourcing' }).getByRole('alert')).toContainText(
    'changed by someone else',
  );
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByText(`Version ${claim.version + 1}`, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Start sourcing' }).click();
  await expect(await state(page)).toHaveText('Sourcing');
});

test('an editor corrects a published verdict, then withdraws it; readers see each change', async ({
  browser,
  db,
}) => {
  test.setTimeout(120_000);
  const journalistUser = await db.user.findUniqueOrThrow({
    where: { email: ROLE_LOGINS.journalist.email },
  });
  const editorUser = await db.user.findUniqueOrThrow({
    where: { email: ROLE_LOGINS.editor.email },
  });
  const claim = await createClaimInState(db, {
    authorId: journalistUser.id,
    state: 'PUBLISHED',
    approverIds: [editorUser.id],
    text: `Exports rose 14 percent in March ${Date.now()}`,
  });
  const claimUrl = `/newsroom/claims/${claim.id}`;
  const editor = await (
    await browser.newContext({ storageState: storageStateFor('editor') })
  ).newPage();
  const journalist = await (
    await browser.newContext({ storageState: storageStateFor('journalist') })
  ).newPage();
  const reader = await (await browser.newContext()).newPage();

  await editor.goto(claimUrl);
  await editor
    .getByLabel('Why reopen? (shown in the timeline)')
    .fill('A reader sent the final March figures.');
  await editor.getByRole('button', { name: 'Reopen for correction' }).click();
  await expect(await state(editor)).toHaveText('Verifying');
  await expect(editor.getByRole('region', { name: 'Published verdict' })).toContainText(
    'stays public until the revised verdict is published',
  );

  // While the revision is under way, readers still see the published verdict.
  await reader.goto(`/claims/${claim.slug}`);
  await expect(reader.getByText('The figure matches the statistics office.')).toBeVisible();

  await journalist.goto(claimUrl);
  await reviseAndSubmit(
    journalist,
    'Final figures put the rise at 13.6 percent, close to the claim.',
    'MOSTLY_TRUE',
  );

  await approve(editor);
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByRole('form', { name: 'Publish' }).getByRole('alert')).toContainText(
    'correction note',
  );
  await editor
    .getByLabel('Correction note (what changed and why)')
    .fill('Updated to the final March trade figures.');
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(await state(editor)).toHaveText('Published');

  await reader.reload();
  await expect(
    reader.getByText('Final figures put the rise at 13.6 percent, close to the claim.'),
  ).toBeVisible();
  await expect(reader.getByRole('heading', { name: 'Corrections' })).toBeVisible();
  await expect(reader.getByText('Updated to the final March trade figures.')).toBeVisible();

  // Unpublishing takes the verdict off the public site at once.
  await editor.getByLabel('Why withdraw it?').fill('Withdrawn while we re-check the source.');
  await editor.getByRole('button', { name: 'Withdraw published verdict' }).click();
  await expect(await state(editor)).toHaveText('Verifying');
  const gone = await reader.goto(`/claims/${claim.slug}`);
  expect(gone?.status()).toBe(404);
});
