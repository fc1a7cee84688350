import { createArticle } from '@/prisma/factories';
import { createPublishedClaim } from '@/prisma/publication-factory';
import { expect, test } from './fixtures';
import { ROLE_LOGINS, storageStateFor } from './roles';

test('a repeated claim is recognised, its verdict reused after review, and readers see both appearances', async ({
  browser,
  db,
}) => {
  test.setTimeout(180_000);
  // A figure no other spec uses, so the only earlier match is the one made here.
  const figure = (10_000 + Math.floor(Math.random() * 89_999)).toLocaleString('en-US');
  const original = `More than ${figure} households in the region lost power during the storm, according to the grid operator.`;
  const repeated = `Over ${figure} households in the region lost power during the storm, the grid operator said on Monday.`;

  const editorUser = await db.user.findUniqueOrThrow({
    where: { email: ROLE_LOGINS.editor.email },
  });
  const earlierArticle = await createArticle(db, {
    createdById: editorUser.id,
    title: `Storm outages ${figure}`,
    outlet: 'Valley Times',
    body: original,
    extract: false,
  });
  const earlierText = original.slice(0, original.indexOf(', according'));
  await createPublishedClaim(db, {
    articleId: earlierArticle.id,
    text: earlierText,
    start: 0,
    speaker: 'grid operator',
    publishedById: editorUser.id,
    rating: 'MOSTLY_TRUE',
    summary: `The operator's outage log shows ${figure} households without power.`,
  });

  // Journalist imports the new article; its claim shows the earlier verdict under "Seen before".
  const journalist = await (
    await browser.newContext({ storageState: storageStateFor('journalist') })
  ).newPage();
  const title = `Storm follow-up ${figure}`;
  await journalist.goto('/newsroom/articles/new');
  const form = journalist.getByRole('form', { name: 'Import article' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Outlet').fill('Coast Herald');
  await form.getByLabel('Body text').fill(repeated);
  await form.getByRole('button', { name: 'Save article' }).click();
  await expect(journalist.getByRole('heading', { name: title })).toBeVisible();

  const article = await db.article.findFirstOrThrow({ where: { title } });
  const claim = await db.claim.findFirstOrThrow({ where: { articleId: article.id } });
  // Triage ranks it by its likeness to the checked claim, one click from the existing verdict.
  await journalist.goto('/newsroom/triage?sort=match');
  await journalist
    .getByRole('row', { name: claim.text })
    .getByRole('link', { name: /link to the existing verdict/ })
    .click();
  await expect(journalist).toHaveURL(new RegExp(`/newsroom/claims/${claim.id}#seen-before$`));
  const seenBefore = journalist.getByRole('region', { name: /Seen before/ });
  const earlier = seenBefore.getByRole('listitem', { name: `Earlier claim: ${earlierText}` });
  await expect(earlier).toContainText('Mostly true');
  await expect(earlier).toContainText('Valley Times');
  await earlier.getByRole('button', { name: 'Same claim' }).click();
  await expect(earlier).toContainText('Confirmed: same claim');
  await earlier.getByRole('button', { name: 'Use this verdict for this appearance' }).click();
  await expect(journalist.getByText('In review', { exact: true }).first()).toBeVisible();

  // Editor reviews and publishes it like any verdict.
  const editor = await (
    await browser.newContext({ storageState: storageStateFor('editor') })
  ).newPage();
  await editor.goto(`/newsroom/claims/${claim.id}`);
  await editor
    .getByRole('form', { name: 'Review verdict' })
    .getByRole('button', { name: 'Approve' })
    .click();
  await expect(editor.getByText('Approved', { exact: true }).first()).toBeVisible();
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByText('Published', { exact: true }).first()).toBeVisible();

  // A reader sees both appearances on the new claim's public page.
  const reader = await (await browser.newContext()).newPage();
  const published = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
  await reader.goto(`/claims/${published.slug}`);
  const appearances = reader.getByRole('region', { name: /Where this claim appeared \(2\)/ });
  await expect(appearances.getByRole('link', { name: `Storm outages ${figure}` })).toBeVisible();
  await expect(appearances.getByRole('link', { name: title })).toBeVisible();
  await expect(reader.getByText(`The operator's outage log shows ${figure}`)).toBeVisible();
});
