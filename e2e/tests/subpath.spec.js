// The site built for https://…/tocsin and served under /tocsin, as on a
// GitHub Pages project site: pages, links, fetches and share links all stay
// under the sub-path, and nothing is asked of the host's root.
import { test, expect, DEMO } from './fixtures.js';
import { SUBPATH, SUBPATH_PORT } from '../ports.js';

test.use({ baseURL: `http://127.0.0.1:${SUBPATH_PORT}` });

// Every request the page makes, to check that none leaves the sub-path.
function requestsOf(page) {
  const paths = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

function allUnderSubpath(paths) {
  return paths.filter((path) => !path.startsWith(`${SUBPATH}/`));
}

test('a search from the header runs under the sub-path, its index and results included', async ({ page }) => {
  const paths = requestsOf(page);
  await page.goto(`${SUBPATH}/`);
  await page.getByRole('searchbox', { name: 'Search the archive' }).first().fill('Kurmanov');
  await page.getByRole('searchbox', { name: 'Search the archive' }).first().press('Enter');
  await expect(page).toHaveURL(`${SUBPATH}/search#q=Kurmanov`);
  await expect(page.getByRole('status')).toHaveText(/articles found for “Kurmanov”/);
  await page.getByRole('searchbox', { name: 'Search the archive' }).last().fill('Almaty');
  await page.getByRole('searchbox', { name: 'Search the archive' }).last().press('Enter');
  await expect(page).toHaveURL(`${SUBPATH}/search#q=Almaty`);
  await expect(page.getByRole('status')).toHaveText(/found for “Almaty”/);
  await page.locator('.search-results h2 a').first().click();
  await expect(page).toHaveURL(new RegExp(`^http://[^/]+${SUBPATH}/articles/`));
  expect(paths).toContain(`${SUBPATH}/data/search/index.txt`);
  expect(allUnderSubpath(paths)).toEqual([]);
});

test('a reader goes from the front page to an article and its campaign, all under the sub-path', async ({ page }) => {
  const paths = requestsOf(page);
  await page.goto(`${SUBPATH}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest articles');
  await page.getByRole('link', { name: DEMO.articleTitle }).click();
  await expect(page).toHaveURL(`${SUBPATH}/articles/${DEMO.articleSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.articleTitle);
  await page.getByRole('link', { name: 'Write a protest' }).first().click();
  await expect(page).toHaveURL(`${SUBPATH}/campaigns/${DEMO.campaignSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.campaignTitle);
  // The share link names the sub-path too.
  await expect(page.getByLabel('Link to share')).toHaveValue(
    new RegExp(`^http://127\\.0\\.0\\.1:${SUBPATH_PORT}${SUBPATH}/campaigns/${DEMO.campaignSlug}`),
  );
  await page.getByRole('link', { name: 'Campaigns', exact: true }).click();
  await expect(page).toHaveURL(`${SUBPATH}/campaigns`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Campaigns');
  expect(allUnderSubpath(paths)).toEqual([]);
});

test('a deep link to a tag and an unknown address are routed by the app under the sub-path', async ({ page }) => {
  const paths = requestsOf(page);
  await page.goto(`${SUBPATH}/tags/kazakhstan`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles tagged #kazakhstan');
  await page.goto(`${SUBPATH}/campaigns/${DEMO.campaignSlug}/flyer`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.campaignTitle);
  await page.goto(`${SUBPATH}/no/such/page`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the latest articles' }).click();
  await expect(page).toHaveURL(`${SUBPATH}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest articles');
  expect(allUnderSubpath(paths)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the pre-rendered pages link and point crawlers under the sub-path', async ({ page }) => {
    await page.goto(`${SUBPATH}/articles/${DEMO.articleSlug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.articleTitle);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href', `https://tocsin.example.org${SUBPATH}/articles/${DEMO.articleSlug}`);
    const addresses = await page.locator('[href^="/"], [src^="/"]').evaluateAll((nodes) =>
      nodes.map((n) => n.getAttribute('href') ?? n.getAttribute('src')));
    expect(addresses.length).toBeGreaterThan(5);
    expect(addresses.filter((a) => !a.startsWith(`${SUBPATH}/`))).toEqual([]);
    await page.getByRole('link', { name: 'Campaigns', exact: true }).click();
    await expect(page).toHaveURL(`${SUBPATH}/campaigns`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Campaigns');
  });
});

test('what the reader keeps on the device is the sub-path site\'s own, apart from any other site on the host', async ({ page }) => {
  await page.goto(`${SUBPATH}/campaigns/${DEMO.campaignSlug}`);
  await page.getByLabel('Your name').fill('Anna Petrova');
  await page.getByLabel('Your town or city').fill('Leeds');
  await page.getByLabel('Your country', { exact: true }).fill('United Kingdom');
  await page.getByLabel('Remember my details on this device').check();
  await page.getByRole('button', { name: "I've sent it" }).click();
  await expect(page.locator('.tally')).toContainText('You have marked 1 letter as sent');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.map((key) => key.slice(`tocsin:${SUBPATH}:`.length)).sort()).toEqual(['details', 'language', `sent:${DEMO.campaignSlug}`]);
  for (const key of keys) expect(key.startsWith(`tocsin:${SUBPATH}:`)).toBe(true);
});
