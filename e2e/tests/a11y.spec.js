// Accessibility on every route and state (axe-core at WCAG 2.2 AA plus best
// practices, light and dark), and screenshots at phone and desktop sizes
// into e2e/screenshots/ (ignored by git).
import AxeBuilder from '@axe-core/playwright';
import { test, expect, DEMO, NETWORK_ERROR_LOG, axeViolations } from './fixtures.js';

const ROUTES = {
  home: '/',
  article: `/articles/${DEMO.articleSlug}`,
  campaigns: '/campaigns',
  campaign: `/campaigns/${DEMO.campaignSlug}`,
  'campaign-won': '/campaigns/demo-reinstate-union-reps',
  'campaign-closed': '/campaigns/demo-save-the-library',
  // Active with no deadline, in Kazakh: the composer as readers meet it.
  'campaign-kk-open': '/kk/campaigns/demo-reinstate-the-oil-workers',
  flyer: `/campaigns/${DEMO.campaignSlug}/flyer`,
  archive: '/archive/2010/04',
  tag: '/tags/kazakhstan',
  search: '/search#q=Kurmanov',
  'search-ru': '/ru/search#q=Курманов',
  'not-found': '/no/such/page',
};

test.use({ expectedErrors: NETWORK_ERROR_LOG });

for (const [name, path] of Object.entries(ROUTES)) {
  for (const scheme of ['light', 'dark']) {
    test(`axe (WCAG 2.2 AA and best practices) finds no violation on ${name} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      expect(await axeViolations(page, AxeBuilder)).toEqual([]);
    });
  }

  test(`screenshots of ${name}`, async ({ page }) => {
    for (const [label, size] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
      await page.setViewportSize(size);
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      await page.screenshot({ path: `screenshots/${name}-${label}.png`, fullPage: true });
    }
  });
}

// The states between a link and its content: each must be as usable.
const ARTICLE_FILE = `**/data/articles/${DEMO.articleSlug}.json`;
const STATES = {
  loading: {
    serve: () => {}, // held: never answered while axe runs
    ready: (page) => expect(page.getByRole('status').filter({ hasText: 'Loading' })).toBeAttached(),
  },
  'server error': {
    serve: (route) => route.fulfill({ status: 500, body: 'boom' }),
    ready: (page) => expect(page.getByRole('alert')).toContainText('HTTP 500'),
  },
  offline: {
    serve: (route) => route.abort('internetdisconnected'),
    ready: (page) => expect(page.getByRole('alert')).toContainText('network is unreachable'),
  },
  'damaged content': {
    serve: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"slug": ]' }),
    ready: (page) => expect(page.getByRole('alert')).toContainText('has an error'),
  },
  'missing article (404, with a retry)': {
    serve: (route) => route.fulfill({ status: 404, body: '' }),
    ready: (page) => expect(page.getByRole('button', { name: 'Try again' })).toBeVisible(),
  },
};

for (const [state, { serve, ready }] of Object.entries(STATES)) {
  for (const scheme of ['light', 'dark']) {
    test(`axe finds no violation while the article is ${state} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      // Reached inside the app, as from a list, so the state shows rather
      // than the pre-rendered page the app keeps in view while it loads.
      await page.goto('/');
      await expect(page.getByRole('link', { name: DEMO.articleTitle })).toBeVisible();
      await page.route(ARTICLE_FILE, serve);
      await page.getByRole('link', { name: DEMO.articleTitle }).click();
      await ready(page);
      expect(await axeViolations(page, AxeBuilder)).toEqual([]);
    });
  }
}
