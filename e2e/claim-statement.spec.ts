import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { createClaimInState } from '@/prisma/factories';
import { expect, test } from './fixtures';
import { ROLE_LOGINS, storageStateFor } from './roles';

const stateOf = (page: Page) =>
  page.getByText(/^(Extracted|Sourcing|Verifying|In review|Approved|Published|Dismissed)$/).first();

test('the journalist words the claim as checked, the editor reviews it with the verdict, readers see it as the headline', async ({
  browser,
  db,
}) => {
  test.setTimeout(120_000);
  const journalistUser = await db.user.findUniqueOrThrow({
    where: { email: ROLE_LOGINS.journalist.email },
  });
  const token = randomBytes(3).toString('hex');
  const claim = await createClaimInState(db, {
    authorId: journalistUser.id,
    state: 'VERIFYING',
    text: `unemployment in Portbury ${token} fell to 4.2 percent last month`,
    speaker: 'the labour ministry',
  });
  const prefilled = (await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).statement;
  expect(prefilled).toBe(
    `The labour ministry says unemployment in Portbury ${token} fell to 4.2 percent last month`,
  );
  const statement = `The labour ministry says Portbury ${token}'s jobless rate fell to 4.2 percent in May`;

  // Journalist: the prefilled sentence heads the claim page; they reword it and submit.
  const journalist = await (
    await browser.newContext({ storageState: storageStateFor('journalist') })
  ).newPage();
  await journalist.goto(`/newsroom/claims/${claim.id}`);
  await expect(journalist.getByRole('heading', { level: 1 })).toHaveText(prefilled);
  await expect(journalist.getByLabel('Where the article says it')).toContainText(claim.text);
  const form = journalist.getByRole('form', { name: 'Claim statement' });
  await form.getByLabel(/Claim statement/).fill('   ');
  await form.getByRole('button', { name: 'Save statement' }).click();
  await expect(form.getByText('Write what is being checked as one sentence.')).toBeVisible();
  await form.getByLabel(/Claim statement/).fill(statement);
  await form.getByRole('button', { name: 'Save statement' }).click();
  await expect(form.getByRole('status')).toHaveText('Statement saved.');
  await journalist.reload();
  await expect(journalist.getByRole('heading', { level: 1 })).toHaveText(statement);
  await journalist.getByRole('button', { name: 'Submit for review' }).click();
  await expect(stateOf(journalist)).toHaveText('In review');
  // Under review the statement is part of what is being approved: no longer editable.
  await expect(journalist.getByRole('form', { name: 'Claim statement' })).toHaveCount(0);

  // Editor: reviews the statement with the verdict, approves and publishes.
  const editor = await (
    await browser.newContext({ storageState: storageStateFor('editor') })
  ).newPage();
  await editor.goto(`/newsroom/claims/${claim.id}`);
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(statement);
  await expect(editor.getByRole('region', { name: 'Review' })).toContainText(
    'You review the statement',
  );
  await editor
    .getByRole('form', { name: 'Review verdict' })
    .getByRole('button', { name: 'Approve' })
    .click();
  await expect(stateOf(editor)).toHaveText('Approved');
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(stateOf(editor)).toHaveText('Published');

  // Queue: the statement with its speaker.
  await editor.goto(`/newsroom/claims?q=${token}`);
  const row = editor.getByRole('row', {
    name: new RegExp(statement.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  });
  await expect(row).toContainText('the labour ministry');

  // Reader: the statement is the headline; the article's words stay as the evidence.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/');
  await reader.getByRole('link', { name: statement }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(statement);
  await expect(reader.locator('blockquote mark')).toHaveText(claim.text);
  const jsonLd = JSON.parse(
    (await reader.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  ) as { claimReviewed: string };
  expect(jsonLd.claimReviewed).toBe(statement);
  const api = (await (await reader.request.get(`/api/v1/verdicts/${claim.slug}`)).json()) as {
    statement: string;
    claim: string;
  };
  expect(api).toMatchObject({ statement, claim: claim.text });
  const feed = await (await reader.request.get('/feed.xml')).text();
  expect(feed).toContain(statement.replace(/'/g, '&apos;'));
});
