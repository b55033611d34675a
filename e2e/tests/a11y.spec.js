// Accessibility on every route (axe-core at WCAG 2.2 AA, light and dark),
// and screenshots at phone and desktop sizes into e2e/screenshots/ (ignored by git).
import AxeBuilder from '@axe-core/playwright';
import { test, expect, DEMO, NETWORK_ERROR_LOG } from './fixtures.js';

const ROUTES = {
  home: '/',
  article: `/articles/${DEMO.articleSlug}`,
  campaigns: '/campaigns',
  campaign: `/campaigns/${DEMO.campaignSlug}`,
  'campaign-won': '/campaigns/demo-reinstate-union-reps',
  'campaign-closed': '/campaigns/demo-save-the-library',
  archive: '/archive/2010/04',
  tag: '/tags/kazakhstan',
  'not-found': '/no/such/page',
};

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.use({ expectedErrors: NETWORK_ERROR_LOG });

for (const [name, path] of Object.entries(ROUTES)) {
  for (const scheme of ['light', 'dark']) {
    test(`axe finds no WCAG 2.2 AA violation on ${name} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
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
