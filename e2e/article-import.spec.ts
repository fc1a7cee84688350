import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { createArticle } from '@/prisma/factories';
import { expect, test } from './fixtures';
import { ROLE_LOGINS, storageStateFor } from './roles';

test.use({ storageState: storageStateFor('journalist') });

const BODY = `The city council approved a budget of $4.2 million on Tuesday, according to the mayor's office.

"We have cut crime by 20 percent since 2020," Mayor Ana Lopez said at a press conference. She added that unemployment fell to 3 percent last year.

Critics said the plan would cost taxpayers $12 billion over ten years.`;

const PAGE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour tunnel opens - Coast Herald</title>
<meta property="og:site_name" content="Coast Herald"><meta property="article:published_time" content="2025-03-02T08:00:00Z"><meta name="author" content="Sam Writer"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Harbour tunnel opens</h1>
<p>The harbour tunnel opened on Monday after six years of construction, the transport ministry said in a statement on its website.</p>
<p>"The tunnel cut travel times by 40 percent in the first week," Transport Minister Lea Novak said at the opening ceremony.</p>
<p>Opponents said the project cost $3 billion more than planned.</p></article></body></html>`;

let pageServer: Server;
let pageBase = '';

test.beforeAll(async () => {
  pageServer = createServer((req, res) => {
    if (req.url === '/tunnel') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE_HTML);
    } else {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
  pageBase = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  pageServer.closeAllConnections();
  await new Promise((resolve) => pageServer.close(resolve));
});

const claimCard = (page: Page, text: RegExp) => page.getByRole('article', { name: text });

async function selectText(page: Page, phrase: string) {
  await page.evaluate((wanted) => {
    const root = document.querySelector('section[aria-label="Article text"]');
    if (!root) throw new Error('no article text');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in one text node`);
  }, phrase);
}

test('imports a pasted article and shows its claims highlighted', async ({ page }) => {
  const title = `Council approves budget ${Date.now()}`;
  await page.goto('/newsroom/articles');
  await page.getByRole('link', { name: 'Import article' }).click();
  await expect(page.getByRole('heading', { name: 'Import article' })).toBeVisible();

  const form = page.getByRole('form', { name: 'Import article' });
  await form.getByLabel('Body text').fill('Too short');
  await form.getByRole('button', { name: 'Save article' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'Enter the headline.' })).toBeVisible();
  await expect(
    form.getByRole('alert').filter({ hasText: 'Paste the article text (at least a sentence).' }),
  ).toBeVisible();

  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Outlet').fill('The Gazette');
  await form.getByLabel('Byline').fill('Jane Doe');
  await form.getByLabel('URL').fill('https://gazette.example/budget');
  await form.getByLabel('Publication date').fill('2025-05-16');
  await form.getByLabel('Body text').fill(BODY);
  await form.getByRole('button', { name: 'Save article' }).click();

  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const text = page.getByRole('region', { name: 'Article text' });
  await expect(
    text.locator('mark', { hasText: 'We have cut crime by 20 percent since 2020' }),
  ).toBeVisible();
  expect(await text.locator('mark').count()).toBeGreaterThanOrEqual(3);
  await expect(claimCard(page, /We have cut crime/)).toContainText('Ana Lopez');
  await expect(
    claimCard(page, /We have cut crime/).getByRole('link', { name: /we have cut crime/i }),
  ).toHaveAttribute('href', /\/newsroom\/claims\//);
  await expect(page.getByRole('region', { name: 'Progress' })).toContainText('Extracted:');
});

test('imports from a URL: fetch, review, save, see claims', async ({ page }) => {
  await page.goto('/newsroom/articles/new');
  const fetchForm = page.getByRole('form', { name: 'Import from a URL' });

  await fetchForm.getByLabel('Page URL').fill(`${pageBase}/data.json`);
  await fetchForm.getByRole('button', { name: 'Fetch' }).click();
  await expect(fetchForm.getByRole('alert')).toContainText('only HTML pages can be imported');

  await fetchForm.getByLabel('Page URL').fill(`${pageBase}/tunnel`);
  await fetchForm.getByRole('button', { name: 'Fetch' }).click();
  const form = page.getByRole('form', { name: 'Import article' });
  await expect(form.getByLabel('Title')).toHaveValue('Harbour tunnel opens');
  await expect(form.getByLabel('Outlet')).toHaveValue('Coast Herald');
  await expect(form.getByLabel('Byline')).toHaveValue('Sam Writer');
  await expect(form.getByLabel('URL')).toHaveValue(`${pageBase}/tunnel`);
  await expect(form.getByLabel('Publication date')).toHaveValue('2025-03-02');
  await expect(form.getByLabel('Body text')).toHaveValue(
    /six years of construction, the transport ministry said in a statement on its website\.\n\n"The tunnel cut/,
  );

  // Reviewing: the journalist edits the headline before saving.
  await form.getByLabel('Title').fill('Harbour tunnel opens after six years');
  await form.getByRole('button', { name: 'Save article' }).click();
  await expect(
    page.getByRole('heading', { name: 'Harbour tunnel opens after six years' }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Article text' })
      .locator('mark', { hasText: 'cut travel times by 40 percent' }),
  ).toBeVisible();
  await expect(claimCard(page, /cut travel times by 40 percent/)).toContainText('Lea Novak');
});

test('edits a claim’s speaker and adds a claim from selected text; both survive a reload', async ({
  page,
  db,
}) => {
  const journalist = await db.user.findUniqueOrThrow({
    where: { email: ROLE_LOGINS.journalist.email },
  });
  const article = await createArticle(db, {
    createdById: journalist.id,
    title: `Editing claims ${Date.now()}`,
    body: BODY,
  });
  await page.goto(`/newsroom/articles/${article.id}`);

  const card = claimCard(page, /unemployment fell to 3 percent/);
  await card.getByRole('button', { name: 'Edit' }).click();
  const editor = card.getByRole('group', { name: 'Edit claim' });
  await editor.getByLabel('Speaker', { exact: true }).fill('Ana María Lopez');
  await editor.getByLabel('Speaker role').fill('Mayor of the city');
  await editor.getByRole('button', { name: 'Save claim' }).click();
  await expect(editor).toBeHidden();
  await expect(card).toContainText('Ana María Lopez, Mayor of the city');

  await selectText(page, 'at a press conference');
  const addPanel = page.getByRole('region', { name: 'Add a claim' });
  await expect(addPanel).toContainText('Selected: at a press conference');
  await addPanel.getByLabel('Speaker', { exact: true }).fill('City hall');
  await addPanel.getByRole('button', { name: 'Add claim from selection' }).click();
  await expect(claimCard(page, /^Claim: at a press conference$/)).toContainText('City hall');

  await page.reload();
  await expect(claimCard(page, /unemployment fell to 3 percent/)).toContainText(
    'Ana María Lopez, Mayor of the city',
  );
  await expect(claimCard(page, /^Claim: at a press conference$/)).toContainText('City hall');
  await expect(
    page
      .getByRole('region', { name: 'Article text' })
      .locator('mark', { hasText: 'at a press conference' }),
  ).toBeVisible();
});

test('splits, merges and dismisses claims; an edit on a stale version offers a reload', async ({
  page,
  db,
}) => {
  const journalist = await db.user.findUniqueOrThrow({
    where: { email: ROLE_LOGINS.journalist.email },
  });
  const article = await createArticle(db, {
    createdById: journalist.id,
    title: `Reshaping claims ${Date.now()}`,
    body: BODY,
  });
  await page.goto(`/newsroom/articles/${article.id}`);

  const critics = claimCard(page, /the plan would cost taxpayers/);
  await critics.getByRole('button', { name: 'Split' }).click();
  await critics.getByLabel('Split before word').selectOption({ label: '6. $12' });
  await critics.getByRole('button', { name: 'Split claim' }).click();
  await expect(claimCard(page, /^Claim: the plan would cost taxpayers$/)).toBeVisible();
  await expect(claimCard(page, /^Claim: \$12 billion over ten years$/)).toContainText('Critics');

  await claimCard(page, /We have cut crime/)
    .getByLabel('Select for merge')
    .check();
  await claimCard(page, /unemployment fell/)
    .getByLabel('Select for merge')
    .check();
  await page.getByRole('button', { name: 'Merge selected claims' }).click();
  await expect(
    claimCard(page, /^Claim: We have cut crime.*unemployment fell to 3 percent last year$/),
  ).toBeVisible();
  await expect(claimCard(page, /^Claim: unemployment fell/)).toContainText('Dismissed');

  const council = claimCard(page, /The city council approved/);
  await council.getByRole('button', { name: 'Dismiss…' }).click();
  await council.getByLabel('Reason for dismissing').selectOption({ label: 'Not check-worthy' });
  await council.getByRole('button', { name: 'Dismiss claim' }).click();
  await expect(council).toContainText('Dismissed');
  await expect(page.getByRole('status')).toContainText('Dismissed “The city council approved');
  await expect(page.getByRole('region', { name: 'Progress' })).toContainText('Dismissed: 2');

  const split = claimCard(page, /^Claim: \$12 billion/);
  await split.getByRole('button', { name: 'Edit' }).click();
  const stale = await db.claim.findFirstOrThrow({
    where: { articleId: article.id, text: { startsWith: '$12 billion' } },
  });
  await db.claim.update({
    where: { id: stale.id },
    data: { speakerRole: 'Opposition', version: { increment: 1 } },
  });
  await split.getByLabel('Speaker', { exact: true }).fill('Budget critics');
  await split.getByRole('button', { name: 'Save claim' }).click();
  await expect(split.getByRole('alert')).toContainText('changed by someone else');
  await split.getByRole('button', { name: 'Reload' }).click();
  await expect(split).toContainText('Critics, Opposition');
  await split.getByRole('button', { name: 'Edit' }).click();
  await split.getByLabel('Speaker', { exact: true }).fill('Budget critics');
  await split.getByRole('button', { name: 'Save claim' }).click();
  await expect(split).toContainText('Budget critics, Opposition');

  const filters = page.getByRole('form', { name: 'Filter claims' });
  await filters.getByLabel('State').selectOption('DISMISSED');
  await filters.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/state=DISMISSED/);
  await expect(page.getByRole('region', { name: 'Claims' }).getByRole('article')).toHaveCount(2);
  // Filters narrow the list only; the text keeps every claim marked (the merged claim covers the one merged into it).
  await expect(page.getByRole('region', { name: 'Article text' }).locator('mark')).toHaveCount(4);
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page.getByRole('region', { name: 'Claims' }).getByRole('article')).toHaveCount(5);
});
