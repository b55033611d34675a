// The reading view: article, home paging, archive and tags, and every state.
import { test, expect, DEMO, NETWORK_ERROR_LOG, watchShifts } from './fixtures.js';

test('the demo article shows its parts, calls to action, references and appeal', async ({ page }) => {
  await page.goto(`/articles/${DEMO.articleSlug}`);
  const article = page.locator('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(DEMO.articleTitle);
  await expect(article.getByRole('heading', { name: 'Regime fears opposition' })).toBeVisible();
  await expect(article.locator('header time')).toHaveText('15 April 2010');
  await expect(article.locator('header time')).toHaveAttribute('datetime', '2010-04-15');
  await expect(article.locator('.byline')).toContainText("Committee for a Workers' International");
  await expect(article.locator('.byline')).toContainText(/\d+ min read/);
  await expect(article.locator('.section')).toHaveText('Asia');
  const references = page.getByRole('region', { name: 'Earlier reports' });
  await expect(references).toContainText('Kazakhstan: Farcical trial of socialist Ainur Kurmanov');
  await expect(references.locator('time')).toHaveText('26 March 2010');
  // The call to action near the top and again at the end, both to the campaign.
  const ctas = page.getByRole('link', { name: 'Write a protest' });
  await expect(ctas).toHaveCount(2);
  for (const cta of await ctas.all()) await expect(cta).toHaveAttribute('href', `/campaigns/${DEMO.campaignSlug}`);
  // The appeal comes from the site file; outbound links share no opener or referrer.
  const appeal = page.getByRole('complementary', { name: 'Special financial appeal to all readers' });
  await expect(appeal.getByRole('link', { name: 'Donate (demo link)' })).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page).toHaveTitle(`${DEMO.articleTitle} · Tocsin`);
  await expect(page.locator('meta[name="description"]')).toHaveCount(1);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Send urgent protests/);
});

test('tags and the archive link back to the article', async ({ page }) => {
  await page.goto(`/articles/${DEMO.articleSlug}`);
  await page.locator('article header').getByRole('link', { name: '#kazakhstan' }).click();
  await expect(page).toHaveURL('/tags/kazakhstan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles tagged #kazakhstan');
  // The seed article and its Russian translation, an article of its own.
  await expect(page.locator('.article-list > li')).toHaveCount(4);
  await page.getByRole('link', { name: DEMO.articleTitle }).click();
  await expect(page).toHaveURL(`/articles/${DEMO.articleSlug}`);

  await page.goto('/archive/2010/04');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archive: April 2010');
  await expect(page.locator('.article-list > li')).toHaveCount(3);
  await page.getByRole('link', { name: 'March 2010 →' }).click();
  await expect(page).toHaveURL('/archive/2010/03');
  await expect(page.locator('.article-list > li')).toHaveCount(1);
  await page.getByRole('link', { name: '← April 2010' }).click();
  await page.getByRole('link', { name: DEMO.articleTitle }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.articleTitle);
});

test.describe('lists', () => {
  // A list page the site does not have answers 404, as a host logs it.
  test.use({ expectedErrors: NETWORK_ERROR_LOG });

  test('a month or a tag without articles is no page, and says where to go', async ({ page }) => {
    for (const path of ['/archive/2011/01', '/tags/no-such-tag']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expect(page.getByRole('link', { name: 'Go to the latest articles' })).toBeVisible();
    }
  });

  /** The front page's list files for `count` articles, newest first, ten a page. */
  function frontPages(count) {
    const pages = Math.max(1, Math.ceil(count / 10));
    return Array.from({ length: pages }, (_, p) => ({
      page: p + 1,
      pages,
      articles: Array.from({ length: Math.min(10, count - p * 10) }, (_, k) => {
        const i = p * 10 + k;
        return { slug: `story-${i}`, title: `Story ${i}`, standfirst: 'S', published: '2010-06-01' };
      }),
    }));
  }

  test('a busy month pages through its articles like the front page', async ({ page }) => {
    const files = frontPages(14).map((file) => ({ ...file, older: '2010-03' }));
    await page.route('**/data/lists/archive/2010-04/*.json', (route) => {
      const n = Number(route.request().url().match(/(\d+)\.json$/)[1]);
      return files[n - 1] ? route.fulfill({ json: files[n - 1] }) : route.fulfill({ status: 404, body: '' });
    });
    await page.goto('/archive/2010/04');
    await expect(page.getByText('Page 1 of 2')).toBeVisible();
    await page.getByRole('link', { name: 'Older articles →' }).click();
    await expect(page).toHaveURL('/archive/2010/04/page/2');
    await expect(page).toHaveTitle('Archive: April 2010, page 2 · Tocsin');
    await expect(page.locator('.article-list > li')).toHaveCount(4);
    await expect(page.getByRole('link', { name: 'March 2010 →' })).toBeVisible();
  });

  test('the home page pages through its list, one file a page', async ({ page }) => {
    const files = frontPages(25);
    const fetched = [];
    await page.route('**/data/lists/front/*.json', (route) => {
      const n = Number(route.request().url().match(/(\d+)\.json$/)[1]);
      fetched.push(n);
      return files[n - 1] ? route.fulfill({ json: files[n - 1] }) : route.fulfill({ status: 404, body: '' });
    });
    await page.goto('/');
    const items = page.locator('.article-list > li h2');
    await expect(items).toHaveCount(10);
    await expect(items.first()).toHaveText('Story 0');
    await expect(page.getByText('Page 1 of 3')).toBeVisible();
    await page.getByRole('link', { name: 'Older articles →' }).click();
    await expect(page).toHaveURL('/page/2');
    await expect(page).toHaveTitle('Latest articles, page 2 · Tocsin');
    // The app keeps one description, its own, once the pre-rendered one is gone.
    await expect(page.locator('meta[name="description"]')).toHaveCount(1);
    await expect(page.locator('meta[name="description"]:not([data-prerendered])')).toHaveAttribute('content', /\w{3,}/);
    await expect(items.first()).toHaveText('Story 10');
    await page.getByRole('link', { name: 'Older articles →' }).click();
    await expect(items).toHaveCount(5);
    await expect(items.last()).toHaveText('Story 24');
    await expect(page.getByRole('link', { name: 'Older articles →' })).toHaveCount(0);
    await page.getByRole('link', { name: '← Newer articles' }).click();
    await expect(page.getByText('Page 2 of 3')).toBeVisible();
    // Each page visited fetched its one list file and nothing else.
    expect(fetched).toEqual([1, 2, 3, 2]);
    // A page number that is not one, or past the end, is not a page.
    for (const bad of ['/page/0', '/page/x', '/page/4']) {
      await page.goto(bad);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    }
  });
});

test('the home page shows each urgent action as a call to action', async ({ page }) => {
  await page.goto('/');
  const strip = page.getByRole('region', { name: 'Urgent actions' });
  // Active campaigns whose deadline has not passed (not the demo case's, of 2010).
  await expect(strip.locator('.cta')).toHaveCount(2);
  await expect(strip).toContainText('Release the five detained dock workers.');
  await expect(strip).toContainText('Reinstate the twelve dismissed workers, with their lost pay.');
  await expect(strip.getByRole('link', { name: 'Write a protest' }).first()).toHaveAttribute('href', /^\/campaigns\/demo-/);
});

test('the article prints cleanly, without navigation or calls to action', async ({ page }) => {
  await page.goto(`/articles/${DEMO.articleSlug}`);
  await expect(page.locator('.cta').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.locator('.cta').first()).toBeHidden();
  await expect(page.locator('.share')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Regime fears opposition' })).toBeVisible();
});

/** Moves inside the app as its own links do, without counting as input. */
async function navigate(page, path) {
  await page.evaluate((path) => {
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

test('a skeleton holds the place while loading, with no layout shift', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await watchShifts(page);
  await page.goto('/');
  await expect(page.getByRole('link', { name: DEMO.articleTitle })).toBeVisible();
  await page.route(`**/data/articles/${DEMO.articleSlug}.json`, async (route) => { await held; await route.continue(); });
  await navigate(page, `/articles/${DEMO.articleSlug}`);
  await expect(page.getByRole('status')).toContainText('Loading');
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.articleTitle);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__shift)).toBeLessThan(0.01);
});

test.describe('failures', () => {
  test.use({ expectedErrors: NETWORK_ERROR_LOG });

  test('an article whose campaign file is missing still renders, without a call to action', async ({ page }) => {
    await page.route(`**/data/campaigns/${DEMO.campaignSlug}.json`, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`/articles/${DEMO.articleSlug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.articleTitle);
    await expect(page.getByRole('heading', { name: 'Regime fears opposition' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Write a protest' })).toHaveCount(0);
  });

  for (const [path, file] of [
    [`/articles/${DEMO.articleSlug}`, `articles/${DEMO.articleSlug}.json`],
    ['/archive/2010/04', 'lists/archive/2010-04/1.json'],
    ['/tags/kazakhstan', 'lists/tags/kazakhstan/1.json'],
  ]) {
    test(`${path} says the network failed and retry recovers`, async ({ page }) => {
      let offline = true;
      await page.route(`**/data/${file}`, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
      await page.goto(path);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('could not be loaded. The network is unreachable');
      offline = false;
      await alert.getByRole('button', { name: 'Try again' }).click();
      await expect(page.locator('main h1')).not.toHaveText('Something went wrong');
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }

  test('a hung request times out with a clear message, and retry recovers', async ({ page }) => {
    test.setTimeout(60_000);
    let hang = true;
    await page.route(`**/data/articles/${DEMO.articleSlug}.json`, async (route) => {
      if (hang) return; // never answered
      await route.continue();
    });
    await page.goto(`/articles/${DEMO.articleSlug}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The article could not be loaded. It took too long', { timeout: 20_000 });
    hang = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.articleTitle);
  });

  test('server errors are retried a bounded number of times, with pauses', async ({ page }) => {
    const times = [];
    await page.route('**/data/lists/front/1.json', (route) => {
      times.push(Date.now());
      return route.fulfill({ status: 503, body: 'busy' });
    });
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('HTTP 503');
    expect(times).toHaveLength(3);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(350);
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(750);
  });

  for (const path of ['/archive/2010/13', '/archive/abcd/04', '/tags/Not%20A%20Tag']) {
    test(`${path} is not found`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    });
  }
});

for (const width of [320, 390]) {
  test(`no horizontal scroll at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/', `/articles/${DEMO.articleSlug}`, '/archive/2010/04', '/tags/kazakhstan', `/campaigns/${DEMO.campaignSlug}`]) {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
}
