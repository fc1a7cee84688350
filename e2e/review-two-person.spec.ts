// Issue 11 §5: an editor cannot approve the verdict they wrote; another editor (here the admin) must.
import { createClaimInState } from '@/prisma/factories';
import { expect, test } from './fixtures';
import { ROLE_LOGINS, storageStateFor } from './roles';

test('the verdict’s author cannot approve it; another editor does', async ({ browser, db }) => {
  const editorUser = await db.user.findUniqueOrThrow({
    where: { email: ROLE_LOGINS.editor.email },
  });
  const claim = await createClaimInState(db, { authorId: editorUser.id, state: 'IN_REVIEW' });
  const claimUrl = `/newsroom/claims/${claim.id}`;

  const admin = await (
    await browser.newContext({ storageState: storageStateFor('admin') })
  ).newPage();
  await admin.goto('/newsroom/admin/settings');
  await expect(admin.getByLabel(/Two-person rule/)).toBeChecked();

  const editor = await (
    await browser.newContext({ storageState: storageStateFor('editor') })
  ).newPage();
  await editor.goto(claimUrl);
  const review = editor.getByRole('form', { name: 'Review verdict' });
  await expect(review).toContainText('another editor must approve it');
  await expect(review.getByRole('button', { name: 'Approve' })).toHaveCount(0);

  await admin.goto(claimUrl);
  await admin
    .getByRole('form', { name: 'Review verdict' })
    .getByRole('button', { name: 'Approve' })
    .click();
  await expect(admin.getByText('Approved', { exact: true }).first()).toBeVisible();
});
