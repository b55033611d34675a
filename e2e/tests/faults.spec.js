// Every page against every network fault on its JSON: a specific message,
// never a blank page or a panic, and a retry that works. The composer keeps
// what the reader typed through a fault.
import { test, expect, DEMO, NETWORK_ERROR_LOG, reachAppPart } from './fixtures.js';
import { PRERENDERED } from '../contract.js';

test.use({ expectedErrors: NETWORK_ERROR_LOG });

// Each page, the file its content comes from, and whether a missing file
// means the page itself does not exist (an item, a month, a tag) or the site
// is broken (the front page, the campaigns).
const PAGES = [
  { name: 'home', path: '/', file: 'lists/front/1.json', item: false, prerendered: true },
  { name: 'article', path: `/articles/${DEMO.articleSlug}`, file: `articles/${DEMO.articleSlug}.json`, item: true, prerendered: true },
  { name: 'campaign', path: `/campaigns/${DEMO.campaignSlug}`, file: `campaigns/${DEMO.campaignSlug}.json`, item: true, prerendered: true },
  { name: 'flyer', path: `/campaigns/${DEMO.campaignSlug}/flyer`, file: `campaigns/${DEMO.campaignSlug}.json`, item: true },
  { name: 'campaigns', path: '/campaigns', file: 'lists/campaigns.json', item: false, prerendered: true },
  { name: 'archive', path: '/archive/2010/04', file: 'lists/archive/2010-04/1.json', item: true, prerendered: true },
  { name: 'tag', path: '/tags/kazakhstan', file: 'lists/tags/kazakhstan/1.json', item: true, prerendered: true },
];

const APP_PAGE = '<!DOCTYPE html><html><head><title>Tocsin</title></head><body></body></html>';

// How each fault is served, and what the reader must be told.
const FAULTS = {
  offline: {
    serve: (route) => route.abort('internetdisconnected'),
    says: () => /could not be loaded\. The network is unreachable/,
  },
  'HTTP 404': {
    serve: (route) => route.fulfill({ status: 404, body: 'not found' }),
    says: (page) => (page.item ? 'Page not found' : /could not be loaded\. \/data\/.+ is not on the server/),
  },
  'HTTP 500': {
    serve: (route) => route.fulfill({ status: 500, body: 'boom' }),
    says: () => /The server failed \(HTTP 500\)/,
  },
  'an empty body': {
    serve: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '' }),
    says: () => /could not be loaded\. .+ has an error \(the file is empty\), so it cannot be shown/,
  },
  'truncated JSON': {
    serve: async (route) => {
      const real = await (await route.fetch()).text();
      await route.fulfill({ status: 200, contentType: 'application/json', body: real.slice(0, real.length / 2) });
    },
    says: () => /could not be loaded\. .+ has an error \(EOF while parsing/,
  },
  'malformed JSON': {
    serve: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"slug": ]' }),
    says: () => /could not be loaded\. .+ has an error \(expected value at line 1/,
  },
  'the app page instead of JSON (wrong content type)': {
    serve: (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: APP_PAGE }),
    says: (page) => (page.item ? 'Page not found' : /could not be loaded\. \/data\/.+ is not on the server/),
  },
};

for (const page of PAGES) {
  test.describe(`the ${page.name} page`, () => {
    for (const [fault, { serve, says }] of Object.entries(FAULTS)) {
      test(`${fault}: says so, and retry recovers`, async ({ page: tab }) => {
        let faulty = true;
        await tab.route(`**/data/${page.file}`, (route) => (faulty ? serve(route) : route.continue()));
        await tab.goto(page.path);
        const expected = says(page);
        if (expected === 'Page not found') {
          await expect(tab.getByRole('heading', { level: 1 })).toHaveText(expected);
        } else {
          await expect(tab.getByRole('alert')).toContainText(expected);
        }
        faulty = false;
        await tab.getByRole('button', { name: 'Try again' }).click();
        await expect(tab.locator('main h1')).toBeVisible();
        await expect(tab.locator('main h1')).not.toHaveText(/Something went wrong|Page not found/);
        await expect(tab.getByRole('alert')).toHaveCount(0);
      });
    }

    test.describe('slow', () => {
      // The pre-rendered page is what this test looks at before the data arrives.
      test.use({ awaitTakeover: false });

    test('very slow delivery (5 s): a loading state, then the content', async ({ page: tab }) => {
      test.setTimeout(30_000);
      await tab.route(`**/data/${page.file}`, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 5_000));
        await route.continue();
      });
      const started = Date.now();
      await tab.goto(page.path);
      if (page.prerendered) {
        // The pre-rendered text reads at once; the app takes over on arrival.
        await expect(tab.locator(`${PRERENDERED} main h1`)).toBeVisible();
        await reachAppPart(tab);
        await expect(tab.locator(PRERENDERED)).toHaveCount(0, { timeout: 15_000 });
      } else {
        await expect(tab.getByRole('status').filter({ hasText: 'Loading' })).toBeAttached();
      }
      await expect(tab.locator('main h1')).toBeVisible({ timeout: 15_000 });
      await expect(tab.locator('main h1')).not.toHaveText(/Something went wrong|Page not found/);
      expect(Date.now() - started).toBeGreaterThanOrEqual(5_000);
    });
    });
  });
}

test('what the reader typed in the composer survives a fault and the retry', async ({ page }) => {
  const campaign = `/campaigns/${DEMO.campaignSlug}`;
  await page.goto(campaign);
  await page.getByLabel('Your name').fill('Anna Petrova');
  await page.getByLabel('Your town or city').fill('Leeds');
  const box = page.locator('#letter-body');
  await box.press('Control+End');
  await box.pressSequentially(' My own words.');
  await box.press('Tab');
  // Away to the latest articles, then back while the network fails.
  await page.getByRole('link', { name: 'Latest' }).click();
  await expect(page.getByRole('link', { name: DEMO.articleTitle })).toBeVisible();
  let offline = true;
  await page.route(`**/data/campaigns/${DEMO.campaignSlug}.json`, (route) =>
    (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goBack();
  await expect(page.getByRole('alert')).toContainText('The network is unreachable');
  offline = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByLabel('Your name')).toHaveValue('Anna Petrova');
  await expect(page.getByLabel('Your town or city')).toHaveValue('Leeds');
  await expect(box).toHaveValue(/My own words\.$/);
});

for (const [refusal, script] of [
  ['full', () => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }],
  ['refused outright', () => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
      });
    }
  }],
]) {
  test(`storage ${refusal}: the composer works, says what it could not keep, and loses nothing`, async ({ page }) => {
    await page.addInitScript(script);
    await page.goto(`/campaigns/${DEMO.campaignSlug}`);
    await page.getByLabel('Your name').fill('Anna Petrova');
    await page.getByLabel('Your town or city').fill('Leeds');
    await page.getByLabel('Your country', { exact: true }).fill('United Kingdom');
    await page.getByLabel('Remember my details on this device').check();
    await expect(page.getByRole('status').filter({ hasText: 'would not keep your details' })).toBeVisible();
    await expect(page.getByLabel('Your name')).toHaveValue('Anna Petrova');
    await expect(page.getByRole('link', { name: 'Gmail' })).toBeVisible();
    await page.getByRole('button', { name: "I've sent it" }).click();
    await expect(page.getByRole('status').filter({ hasText: 'does not let us keep the tally' })).toBeVisible();
  });
}
