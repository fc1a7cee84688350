// Issue 11 §5: the admin defines the rating scale; a journalist uses a new rating, the editor
// publishes it, and the reader and the ClaimReview show it as published.
import AxeBuilder from '@axe-core/playwright';
import { createClaimInState } from '@/prisma/factories';
import { expect, test } from './fixtures';
import { ROLE_LOGINS, storageStateFor } from './roles';

test('an admin adds a rating that a verdict then carries to readers and ClaimReview', async ({
  browser,
  db,
}) => {
  test.setTimeout(120_000);
  const name = `Half true ${Date.now().toString(36)}`;
  const journalistUser = await db.user.findUniqueOrThrow({
    where: { email: ROLE_LOGINS.journalist.email },
  });
  const claim = await createClaimInState(db, {
    authorId: journalistUser.id,
    state: 'VERIFYING',
  });
  const claimUrl = `/newsroom/claims/${claim.id}`;
  const open = async (role: 'admin' | 'journalist' | 'editor') =>
    (await browser.newContext({ storageState: storageStateFor(role) })).newPage();

  // Admin: adds the rating with its meaning, colour and ClaimReview value, and moves it up.
  const admin = await open('admin');
  await admin.goto('/newsroom/admin/ratings');
  const ratings = admin.getByRole('list', { name: 'Ratings' });
  await expect(ratings.getByRole('listitem')).toHaveCount(await db.ratingScaleEntry.count());
  await expect(ratings.getByRole('listitem', { name: 'Mostly true' })).toContainText('value 4');
  const form = admin.getByRole('form', { name: 'New rating' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Colour').fill('#0e7490');
  await form.getByLabel(/ClaimReview value/).fill('3');
  await form.getByLabel(/Description/).fill('Partly accurate, leaving out important details.');
  await form.getByRole('button', { name: 'Add rating' }).click();
  await expect(form.getByRole('status')).toHaveText('Rating added at the end of the scale.');
  const row = ratings.getByRole('listitem', { name });
  await expect(row).toContainText('value 3');
  await row.getByRole('button', { name: `Move ${name} up` }).click();
  await expect(row.getByRole('button', { name: `Move ${name} down` })).toBeEnabled();
  // White text on the dark teal: the badge keeps WCAG AA contrast.
  await expect(row.getByText(name, { exact: true }).first()).toHaveCSS(
    'color',
    'rgb(255, 255, 255)',
  );

  // Journalist: rates the claim with the new rating (its meaning is on the form) and submits.
  const journalist = await open('journalist');
  await journalist.goto(claimUrl);
  const verdict = journalist.getByRole('form', { name: 'Proposed verdict' });
  await verdict.getByText('What the ratings mean').click();
  await expect(verdict).toContainText('Partly accurate, leaving out important details.');
  await verdict.getByLabel('Rating').selectOption({ label: name });
  await verdict.getByLabel('One-line summary').fill('Half of the figures hold up.');
  await verdict.getByRole('button', { name: 'Save verdict' }).click();
  await expect(verdict.getByRole('status')).toHaveText('Verdict saved.');
  await journalist.getByRole('button', { name: 'Submit for review' }).click();
  await expect(journalist.getByText('In review', { exact: true }).first()).toBeVisible();

  // Editor: approves and publishes; the timeline names the rating in words.
  const editor = await open('editor');
  await editor.goto(claimUrl);
  await editor
    .getByRole('form', { name: 'Review verdict' })
    .getByRole('button', { name: 'Approve' })
    .click();
  await expect(editor.getByText('Approved', { exact: true }).first()).toBeVisible();
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByText('Published', { exact: true }).first()).toBeVisible();
  await expect(editor.getByText(/rating Mostly true → Half true/)).toBeVisible();

  // Reader: the badge and the ClaimReview carry the rating and its value on the 1–5 scale.
  const slug = (await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).slug;
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/claims/${slug}`);
  await expect(reader.getByRole('heading', { name: /^Our verdict:/ })).toHaveText(
    `Our verdict: ${name}`,
  );
  const claimReview = async () =>
    JSON.parse(
      (await reader.locator('script[type="application/ld+json"]').first().textContent()) ?? '',
    );
  expect((await claimReview()).reviewRating).toEqual({
    '@type': 'Rating',
    ratingValue: 3,
    bestRating: 5,
    worstRating: 1,
    alternateName: name,
  });

  // Admin renames and re-maps it: the published verdict keeps what it was published with.
  await admin.reload();
  await row.getByText(`Edit ${name}`).click();
  const edit = admin.getByRole('form', { name: `Edit ${name}` });
  await edit.getByLabel('Name').fill(`${name} (renamed)`);
  await edit.getByLabel(/ClaimReview value/).fill('');
  await edit.getByRole('button', { name: 'Save rating' }).click();
  await expect(edit.getByRole('status')).toHaveText('Rating saved.');
  await reader.reload();
  await expect(reader.getByRole('heading', { name: /^Our verdict:/ })).toHaveText(
    `Our verdict: ${name}`,
  );
  expect((await claimReview()).reviewRating).toMatchObject({ ratingValue: 3, alternateName: name });

  // Archived, it is no longer offered for new verdicts.
  await admin.reload();
  const renamed = ratings.getByRole('listitem', { name: `${name} (renamed)` });
  await renamed.getByRole('button', { name: `Archive ${name} (renamed)` }).click();
  await expect(renamed).toContainText('Archived');
  const other = await createClaimInState(db, { authorId: journalistUser.id, state: 'VERIFYING' });
  await journalist.goto(`/newsroom/claims/${other.id}`);
  await expect(
    journalist.getByRole('form', { name: 'Proposed verdict' }).getByLabel('Rating'),
  ).not.toContainText(name);
});

test.describe('admin', () => {
  test.use({ storageState: storageStateFor('admin') });

  test('the rating scale page passes axe, badge contrast included', async ({ page }) => {
    await page.goto('/newsroom/admin/ratings');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
});
