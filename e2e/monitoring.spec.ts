// Issue 12: an editor adds a feed to watch and sees its articles arrive (imported by the worker
// that runs beside the app) and their claims reach triage.
import { startFeedSite, type FeedSite } from '../tests/support/feed-server';
import { expect, test } from './fixtures';
import { storageStateFor } from './roles';

test.use({ storageState: storageStateFor('editor') });

let site: FeedSite;
test.beforeAll(async () => {
  site = await startFeedSite();
});
test.afterAll(async () => {
  await site.close();
});

test('an editor adds a feed, sees its items arrive, and triages a claim', async ({ page }) => {
  test.setTimeout(120_000);
  const id = Date.now().toString(36);
  const name = `Gazette ${id}`;
  site.setFeed(`gazette${id}`, [`e${id}`, `f${id}`]);

  await page.goto('/newsroom/monitoring');
  const form = page.getByRole('form', { name: 'Add a source to watch' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Feed or sitemap URL').fill(`${site.base}/feeds/gazette${id}.xml`);
  await form.getByLabel('Poll every (minutes)').fill('15');
  await form.getByRole('button', { name: 'Watch source' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Watching ${name}` })).toBeVisible();

  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(async () => {
    await page.reload();
    await expect(row.getByRole('cell').nth(3)).toHaveText('2'); // imported
  }).toPass({ timeout: 90_000 });
  // The imported count proves the first poll read the feed; a second poll may already have found
  // it unchanged (CI saw this once), which the row then says instead.
  await expect(row).toContainText(/Read,|Unchanged since the last poll/);

  const nav = page.getByRole('navigation', { name: 'Newsroom' });
  await nav.getByRole('link', { name: 'Triage', exact: true }).click();
  const claim = page
    .getByRole('row')
    .filter({ hasText: `via ${name}` })
    .filter({ hasText: `report e${id}` })
    .first();
  await expect(claim).toBeVisible();
  const text = (await claim.getByRole('rowheader').textContent())!.trim();
  await claim.getByRole('button', { name: 'Start sourcing' }).click();
  // Picked up: it leaves triage and is being sourced.
  await expect(page.getByRole('rowheader', { name: text, exact: true })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Claims', exact: true }).click();
  await expect(page.getByRole('link', { name: text }).first()).toBeVisible();
});
