// The deadline drives the action: once a campaign's deadline has passed
// (the demo campaign's was 29 April 2010), its page says so above the
// letter with the latest news, the letter waits behind "Write anyway", and
// the front page no longer counts it among the urgent actions.
import { test, expect, DEMO, watchShifts } from './fixtures.js';
import { PRERENDERED } from '../contract.js';

test.use({ writeAnyway: false });

test('past its deadline, the letter waits behind the notice and the latest news', async ({ page }) => {
  await page.goto(`/campaigns/${DEMO.campaignSlug}`);
  const notice = page.getByRole('note');
  await expect(notice).toContainText('The deadline passed on 29 April 2010. Check the latest news before writing.');
  await expect(notice).toContainText('Latest news, 15 April 2010: A court in Almaty sentenced Ainur');
  await expect(page.getByLabel('Your name')).toBeHidden();
  await page.getByText('Write anyway').click();
  await expect(page.getByLabel('Your name')).toBeVisible();
  await page.getByLabel('Your name').fill('Anna Petrova');
  await expect(page.getByLabel('Your name')).toHaveValue('Anna Petrova');
});

test('the notice is there before the app, in the page language, and the form opens without it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/ru/campaigns/${DEMO.campaignSlug}`);
  await expect(page.getByRole('note')).toContainText('Срок истёк 29 апреля 2010');
  await page.getByText('Всё равно написать').click();
  await expect(page.locator('details.write-anyway')).toHaveAttribute('open', '');
  await context.close();
});

test('the front page counts only the campaigns whose deadline has not passed', async ({ page }) => {
  await page.goto('/');
  const strip = page.getByRole('region', { name: 'Urgent actions' });
  await expect(strip).not.toContainText('Release Ainur Kurmanov immediately.');
  await expect(strip).toContainText('Release the five detained dock workers.');
  // The campaigns page still lists it.
  await page.goto('/campaigns');
  await expect(page.getByRole('main')).toContainText(DEMO.campaignTitle);
});

test('a reader whose day differs from the build\'s sees the page taken over unmoved, and their own day on the pages the app renders', async ({ page }) => {
  // The reader's clock says 20 April 2010, before the deadline; the page
  // was rendered on the day of the build, after it.
  await page.clock.setFixedTime(new Date('2010-04-20T12:00:00'));
  await watchShifts(page);
  await page.goto(`/campaigns/${DEMO.campaignSlug}`);
  await expect(page.locator(PRERENDERED)).toHaveCount(0);
  await expect(page.getByRole('note')).toContainText('The deadline passed on 29 April 2010.');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__shift)).toBeLessThan(0.02);
  // Once the app renders the page itself, the reader's day counts.
  await page.getByRole('link', { name: 'Campaigns' }).first().click();
  await page.getByRole('link', { name: DEMO.campaignTitle }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.campaignTitle);
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.getByLabel('Your name')).toBeVisible();
  await expect(page.locator('.deadline')).toContainText('9 days left');
});
