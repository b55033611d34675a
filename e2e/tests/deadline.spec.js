// The deadline drives the action: once a campaign's deadline has passed
// (the demo campaign's was 29 April 2010), its page says so above the
// letter with the latest news, the letter waits behind "Write anyway", and
// the front page no longer counts it among the urgent actions.
import { test, expect, DEMO } from './fixtures.js';

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
