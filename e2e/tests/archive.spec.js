// A newsroom's archive: 2,000 generated articles over 322 months
// (`cargo xtask content generate`), built and served like the demo. Every
// list page the reader reaches inside the app fetches its one list file,
// however big the archive; text in every script, and markup that must stay
// text, reaches the page as text.
import { test, expect, requestedUnder } from './fixtures.js';
import { ARCHIVE_PORT } from '../ports.js';

test.use({ baseURL: `http://127.0.0.1:${ARCHIVE_PORT}` });

/** The data files the page fetches from now on, as paths. */
const dataFetches = (page) => requestedUnder(page, '/data/');

const items = (page) => page.locator('.article-list > li');

/** The dates the list shows, which must run newest first. */
async function expectNewestFirst(page) {
  const dates = await items(page).locator('time').evaluateAll((times) => times.map((t) => t.dateTime));
  expect(dates.length).toBeGreaterThan(0);
  expect([...dates].sort().reverse()).toEqual(dates);
}

test('the front page pages through two thousand articles, one small file a page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Page 1 of 200')).toBeVisible();
  await expect(items(page)).toHaveCount(10);
  // The newest article is the archive's last, in October 2026.
  await expect(items(page).first().locator('h2 a')).toHaveAttribute('href', '/articles/generated-1999');
  await expectNewestFirst(page);
  const fetched = dataFetches(page);
  await page.getByRole('link', { name: 'Older articles →' }).click();
  await expect(page).toHaveURL('/page/2');
  await expect(page.getByText('Page 2 of 200')).toBeVisible();
  await expectNewestFirst(page);
  expect(fetched).toEqual(['/data/lists/front/2.json']);
});

test('a deep page of the archive is a page of its own, pre-rendered and taken over', async ({ page }) => {
  await page.goto('/page/137');
  await expect(page.getByText('Page 137 of 200')).toBeVisible();
  await expect(items(page)).toHaveCount(10);
  await expectNewestFirst(page);
  await expect(page).toHaveTitle('Latest articles, page 137 · Tocsin');
});

test('a tag pages through its articles, and an article opens from it', async ({ page }) => {
  // Every 122nd article from the sixth carries tag-5: seventeen in all.
  await page.goto('/tags/tag-5');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles tagged #tag-5');
  await expect(page.getByText('Page 1 of 2')).toBeVisible();
  await expect(items(page)).toHaveCount(10);
  const fetched = dataFetches(page);
  await page.getByRole('link', { name: 'Older articles →' }).click();
  await expect(page).toHaveURL('/tags/tag-5/page/2');
  await expect(items(page)).toHaveCount(7);
  await expectNewestFirst(page);
  expect(fetched).toEqual(['/data/lists/tags/tag-5/2.json']);
  const last = items(page).last().locator('h2 a');
  await expect(last).toHaveAttribute('href', '/articles/generated-5');
  await last.click();
  await expect(page).toHaveURL('/articles/generated-5');
  await expect(page.locator('article h1')).toBeVisible();
});

test('a month of the archive lists its articles and leads to the months beside it', async ({ page }) => {
  // June 2013 holds articles 1000 to 1006.
  await page.goto('/archive/2013/06');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archive: June 2013');
  await expect(items(page)).toHaveCount(7);
  await expectNewestFirst(page);
  const fetched = dataFetches(page);
  await page.getByRole('link', { name: 'May 2013 →' }).click();
  await expect(page).toHaveURL('/archive/2013/05');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archive: May 2013');
  await page.getByRole('link', { name: '← June 2013' }).click();
  await expect(page).toHaveURL('/archive/2013/06');
  await expect(items(page)).toHaveCount(7);
  expect(fetched).toEqual(['/data/lists/archive/2013-05/1.json', '/data/lists/archive/2013-06/1.json']);
});

test('a search across the archive shows ten matches, then ten more on request', async ({ page }) => {
  await page.goto('/search?q=Almaty');
  await expect(page.getByRole('status')).toHaveText(/^[\d,]+ articles found for “Almaty”$/);
  const hits = page.locator('.search-results > li');
  await expect(hits).toHaveCount(10);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(hits).toHaveCount(20);
  // The keyboard goes on where the list grew.
  await expect(hits.nth(10).locator('h2 a')).toBeFocused();
  await hits.nth(12).locator('h2 a').click();
  await expect(page).toHaveURL(/\/articles\/generated-\d+$/);
});
