import { createClaimInState, createUser } from '@/prisma/factories';
import { startSmtpServer } from '../tests/support/smtp-server';
import { expect, test } from './fixtures';
import { storageStateFor } from './roles';
import { e2eSmtpPort } from './smtp-port';

test('an editor requests changes: the journalist sees the bell, opens the notification, marks it read, and gets the email', async ({
  browser,
  db,
}) => {
  test.setTimeout(120_000);
  const smtp = await startSmtpServer(e2eSmtpPort());
  try {
    // A journalist of this test's own, so no other spec's notifications change the count.
    const journalistUser = await createUser(db, { role: 'JOURNALIST', name: 'Noa Notified' });
    const claim = await createClaimInState(db, {
      authorId: journalistUser.id,
      state: 'IN_REVIEW',
      text: `Exports rose by 14 percent in the third quarter ${Date.now()}`,
    });

    const editor = await (
      await browser.newContext({ storageState: storageStateFor('editor') })
    ).newPage();
    await editor.goto(`/newsroom/claims/${claim.id}`);
    const review = editor.getByRole('form', { name: 'Review verdict' });
    await review.getByLabel('Review note').fill('Link the customs office table.');
    await review.getByRole('button', { name: 'Request changes' }).click();
    await expect(editor.getByText(/^Verifying$/).first()).toBeVisible();

    const journalist = await (await browser.newContext()).newPage();
    await journalist.goto('/signin');
    await journalist.getByLabel('Email').fill(journalistUser.email);
    await journalist.getByLabel('Password').fill(journalistUser.password);
    await journalist.getByRole('button', { name: 'Sign in' }).click();
    const bell = journalist.getByRole('link', { name: /^Notifications, / });
    await expect(bell).toHaveAccessibleName('Notifications, 1 unread');

    await bell.click();
    await expect(journalist.getByRole('heading', { name: 'Notifications' })).toBeVisible();
    const item = journalist.getByRole('listitem', { name: 'Unread: Changes requested' });
    await expect(item).toContainText('Emery Editor requested changes to your verdict');
    await expect(item).toContainText('Link the customs office table.');

    await item.getByRole('link').click();
    await expect(journalist).toHaveURL(`/newsroom/claims/${claim.id}`);
    await expect(journalist.getByRole('region', { name: 'Changes requested' })).toContainText(
      'Link the customs office table.',
    );

    await journalist.goBack();
    await journalist
      .getByRole('listitem', { name: 'Unread: Changes requested' })
      .getByRole('button', { name: /^Mark read/ })
      .click();
    await expect(
      journalist.getByRole('listitem', { name: 'Changes requested', exact: true }),
    ).toBeVisible();
    await expect(bell).toHaveAccessibleName('Notifications, none unread');

    // My work lists the verdict sent back, with the note.
    await journalist.getByRole('link', { name: 'My work' }).click();
    await expect(
      journalist.getByRole('region', { name: 'Changes requested on my verdicts' }),
    ).toContainText('Link the customs office table.');

    // The email went out after the editor's response, through the in-process SMTP server.
    const email = await smtp.waitFor((e) => e.to.includes(journalistUser.email), 30_000);
    expect(email.subject).toContain('requested changes to your verdict');
    expect(email.text).toContain('Link the customs office table.');
    expect(email.text).toContain(`/newsroom/claims/${claim.id}`);
  } finally {
    await smtp.close();
  }
});
