// Issue 11 §5: after changes are requested, the editor sees what the journalist changed since the
// last round, and the timeline says it in words.
import { createClaimInState } from '@/prisma/factories';
import { expect, test } from './fixtures';
import { ROLE_LOGINS, storageStateFor } from './roles';

test('an editor sees what changed since the last review round', async ({ browser, db }) => {
  test.setTimeout(120_000);
  const journalistUser = await db.user.findUniqueOrThrow({
    where: { email: ROLE_LOGINS.journalist.email },
  });
  const claim = await createClaimInState(db, { authorId: journalistUser.id, state: 'VERIFYING' });
  const claimUrl = `/newsroom/claims/${claim.id}`;
  const journalist = await (
    await browser.newContext({ storageState: storageStateFor('journalist') })
  ).newPage();
  const editor = await (
    await browser.newContext({ storageState: storageStateFor('editor') })
  ).newPage();

  await journalist.goto(claimUrl);
  await journalist.getByRole('button', { name: 'Submit for review' }).click();
  await expect(journalist.getByText('In review', { exact: true }).first()).toBeVisible();

  await editor.goto(claimUrl);
  const review = editor.getByRole('form', { name: 'Review verdict' });
  await review.getByLabel('Review note').fill('The survey was revised: check the rating.');
  await review.getByRole('button', { name: 'Request changes' }).click();
  await expect(editor.getByText('Verifying', { exact: true }).first()).toBeVisible();

  await journalist.reload();
  const verdict = journalist.getByRole('form', { name: 'Proposed verdict' });
  await verdict.getByLabel('Rating').selectOption('FALSE');
  await verdict.getByLabel('One-line summary').fill('The revised survey shows a higher rate.');
  await verdict.getByRole('button', { name: 'Save verdict' }).click();
  await expect(verdict.getByRole('status')).toHaveText('Verdict saved.');
  await journalist.getByRole('button', { name: 'Submit for review' }).click();
  await expect(journalist.getByText('In review', { exact: true }).first()).toBeVisible();

  await editor.reload();
  const changes = editor.getByRole('region', { name: 'What changed' });
  await expect(changes).toContainText('Since the last review round');
  await expect(changes.getByRole('listitem').filter({ hasText: 'Rating:' })).toContainText(
    'Mostly trueFalse',
  );
  await expect(changes.getByRole('insertion').first()).toBeVisible();
  await expect(editor.getByText('rating Mostly true → False; summary revised')).toBeVisible();
  await expect(editor.getByText(/^requested changes/)).toBeVisible();
});
