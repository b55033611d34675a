// The app shell: routing, deep links, fetched content, not-found and errors.
import { test, expect, DEMO, NETWORK_ERROR_LOG } from './fixtures.js';
import { APP_FETCHES, PRERENDERED_ID } from '../contract.js';

test('home lists the demo article and a link opens it without a reload', async ({ page }) => {
  await page.goto('/');
  const link = page.getByRole('link', { name: DEMO.articleTitle });
  await expect(link).toBeVisible();
  // A marker on window survives client-side navigation but not a page load.
  await page.evaluate(() => { window.__sameDocument = true; });
  await link.click();
  await expect(page).toHaveURL(`/articles/${DEMO.articleSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.articleTitle);
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  await expect(page).toHaveTitle(`${DEMO.articleTitle} · Tocsin`);
});

test('a deep link to an article loads directly (SPA fallback) with its fetched text', async ({ page }) => {
  await page.goto(`/articles/${DEMO.articleSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.articleTitle);
  await expect(page.getByRole('heading', { name: 'Regime fears opposition' })).toBeVisible();
  await expect(page.locator('article header time')).toHaveAttribute('datetime', '2010-04-15');
  await expect(page.locator('article')).toContainText('sentenced Ainur Kurmanov');
});

test('a deep link to a campaign shows the case', async ({ page }) => {
  await page.goto(`/campaigns/${DEMO.campaignSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.campaignTitle);
  await expect(page.locator('main')).toContainText('14 days');
});

test('header, nav, main, article and footer frame every page, with a skip link', async ({ page }) => {
  await page.goto(`/articles/${DEMO.articleSlug}`);
  await expect(page.getByRole('article')).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('banner')).toContainText('Tocsin');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test.describe('failures', () => {
  test.use({ expectedErrors: NETWORK_ERROR_LOG });

  for (const path of ['/no/such/page', '/articles/no-such-article', '/articles/..%2Fsite', '/campaigns/NOT_A_SLUG']) {
    test(`unknown address ${path} gets a real not-found page that links home`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await page.getByRole('link', { name: 'Go to the latest articles' }).click();
      await expect(page.getByRole('link', { name: DEMO.articleTitle })).toBeVisible();
    });
  }

  test('a failed fetch shows what failed, and retry loads the content', async ({ page }) => {
    let failing = true;
    await page.route('**/data/lists/front/1.json', (route) =>
      failing ? route.fulfill({ status: 500, body: 'boom' }) : route.continue());
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('HTTP 500');
    await expect(alert).toContainText('The list of articles could not be loaded.');
    failing = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('link', { name: DEMO.articleTitle })).toBeVisible();
  });

  test('malformed JSON is reported as damaged content, not a blank page', async ({ page }) => {
    await page.route(`**/data/articles/${DEMO.articleSlug}.json`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"slug": "x", "title": ' }));
    await page.goto(`/articles/${DEMO.articleSlug}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The article could not be loaded. ');
    await expect(alert).toContainText(`/data/articles/${DEMO.articleSlug}.json has an error`);
  });
});

test('404.html, the bare app, answers paths without a page of their own; the front page is pre-rendered', async ({ page }) => {
  const fallback = await page.request.get('/404.html');
  expect(fallback.status()).toBe(200);
  const shell = await fallback.text();
  const loader = /<script type="module">[\s\S]*?import\((['"])\/tocsin-[0-9a-f]+\.js\1\)[\s\S]*?<\/script>/;
  expect(shell).toMatch(loader);
  expect(shell).toContain('<body></body>');
  const flyer = await page.request.get(`/campaigns/${DEMO.campaignSlug}/flyer`);
  expect(await flyer.text()).toBe(shell);
  const front = await (await page.request.get('/')).text();
  expect(front).toMatch(loader);
  // The page says which day it was rendered for, as the app takes it over,
  // and which list the loader fetches beside the app once it has painted.
  expect(front).toMatch(new RegExp(
    `<div id="${PRERENDERED_ID}" data-day="\\d{4}-\\d{2}-\\d{2}" ${APP_FETCHES}="/data/lists/front/1.json">`));
});

test('a crawler fetching a shared campaign link (a plain GET, no script) gets a titled card with a description', async ({ request }) => {
  const answer = await request.get(`/campaigns/${DEMO.campaignSlug}`, { headers: { 'user-agent': 'facebookexternalhit/1.1' } });
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toContain('text/html');
  const html = await answer.text();
  const tag = (key) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];
  expect(html).toContain(`<title>${DEMO.campaignTitle} · Tocsin</title>`);
  expect(tag('og:title')).toBe(DEMO.campaignTitle);
  expect(tag('og:type')).toBe('article');
  expect(tag('og:description')).toMatch(/\w{3,}.{40,}/);
  expect(tag('twitter:card')).toBe('summary');
  expect(tag('og:url')).toMatch(new RegExp(`^https://.+/campaigns/${DEMO.campaignSlug}$`));
});

test('crawlers find robots.txt, the sitemap and the feed, and pages point to the feed', async ({ page }) => {
  const robots = await (await page.request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https:\/\/.+\/sitemap\.xml$/m);
  const sitemap = await page.request.get('/sitemap.xml');
  expect(sitemap.headers()['content-type']).toContain('xml');
  expect(await sitemap.text()).toContain(`/articles/${DEMO.articleSlug}</loc>`);
  const feed = await (await page.request.get('/feed.xml')).text();
  expect(feed).toContain(`<title xml:lang="en">${DEMO.articleTitle}</title>`);
  await page.goto('/');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/feed.xml');
  // Each language has its feed, in its language, and its pages point to it.
  const russian = await (await page.request.get('/ru/feed.xml')).text();
  expect(russian).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">');
  expect(russian).toContain(`/ru/articles/${DEMO.articleSlug}`);
  await page.goto('/ru/');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/ru/feed.xml');
});
