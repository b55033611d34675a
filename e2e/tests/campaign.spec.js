// Campaign pages: reached from the article, driven by their status.
import { test, expect, DEMO } from './fixtures.js';

test('from the demo article, one tap reaches the campaign and what to do by when', async ({ page }) => {
  await page.goto(`/articles/${DEMO.articleSlug}`);
  const cta = page.locator('.cta').first();
  await expect(cta).toContainText('Release Ainur Kurmanov immediately.');
  await expect(cta).toContainText('Write to The Procurator of Almaty and your local Kazakhstan embassy.');
  await expect(cta.locator('time')).toHaveAttribute('datetime', '2010-04-29');
  await cta.getByRole('link', { name: 'Write a protest' }).click();
  await expect(page).toHaveURL(`/campaigns/${DEMO.campaignSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.campaignTitle);
  await expect(page.locator('.status')).toHaveText('● Active');
  await expect(page.locator('.deadline')).toContainText('29 April 2010 (deadline passed)');
  await expect(page.getByRole('heading', { name: 'Write your protest' })).toBeVisible();
  await expect(page.locator('.targets')).toContainText('gp-rk@mail.online.kz');
  await expect(page.locator('.targets')).toContainText('Your local Kazakhstan embassy');
  const updates = page.locator('.updates li time');
  await expect(updates).toHaveText(['15 April 2010', '26 March 2010']);
});

test('a deadline still ahead counts the days left in the reader\'s time zone, on the pages the app renders', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2010-04-26T12:00:00Z'));
  await page.goto('/campaigns');
  await page.getByRole('link', { name: DEMO.campaignTitle }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.campaignTitle);
  await expect(page.locator('.deadline')).toContainText('(3 days left)');
});

test('a won campaign celebrates and keeps the letter behind a toggle', async ({ page }) => {
  await page.goto('/campaigns/demo-reinstate-union-reps');
  await expect(page.locator('.status')).toHaveText('✓ Won');
  await expect(page.getByRole('heading', { name: 'We won' })).toBeVisible();
  await expect(page.locator('.outcome')).toContainText('reinstated with back pay');
  const letter = page.locator('.letter');
  await expect(letter).toBeHidden();
  await page.getByText('See the letter').click();
  await expect(letter).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Write your protest' })).toHaveCount(0);
});

test('a closed campaign says why, with no call to act', async ({ page }) => {
  await page.goto('/campaigns/demo-save-the-library');
  await expect(page.locator('.status')).toHaveText('■ Closed');
  await expect(page.getByRole('heading', { name: 'This campaign is closed' })).toBeVisible();
  await expect(page.locator('.outcome')).toContainText('the building was sold');
  await expect(page.locator('.letter')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Write a protest' })).toHaveCount(0);
});

test('the campaigns page lists active cases first, each status in words', async ({ page }) => {
  await page.goto('/campaigns');
  await expect(page.locator('.campaign-list h2')).toHaveText([
    DEMO.campaignTitle,
    'Demo: Free the detained port strikers',
    'Demo: Reinstate the sacked oil workers',
    'Demo: Reinstate the sacked union representatives',
    "Demo: Keep the workers' library open",
  ]);
  await expect(page.locator('.campaign-list .status')).toHaveText(['● Active', '● Active', '● Active', '✓ Won', '■ Closed']);
});
