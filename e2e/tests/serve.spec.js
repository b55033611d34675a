// The writers' loop: `cargo xtask serve` serves what the release build
// serves (every language's pages, the search with its index) and rebuilds
// an article its editor saves, so the open page shows the change on reload.
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures.js';
import { SERVE_DATA, SERVE_PORT } from '../ports.js';

test.use({ baseURL: `http://127.0.0.1:${SERVE_PORT}` });

test('a Russian reader gets the Russian campaign page', async ({ page }) => {
  await page.goto('/ru/campaigns/free-ainur-kurmanov');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Свободу Айнуру Курманову');
});

test('a search finds the case in the index the serve writes', async ({ page }) => {
  await page.goto('/search#q=Kurmanov');
  await expect(page.getByRole('status')).toHaveText(/^\d+ articles found for “Kurmanov”$/);
  await expect(page.locator('.search-results > li').first()).toBeVisible();
});

test('an article its editor saves shows the change on reload', async ({ page }) => {
  const file = new URL(`../${SERVE_DATA}/articles/kazakhstan-2012-founding-conference.md`, import.meta.url);
  const before = readFileSync(file, 'utf8');
  const edited = 'Edited while the site was served.';
  await page.goto('/articles/kazakhstan-2012-founding-conference');
  await expect(page.getByText(edited)).toHaveCount(0);
  writeFileSync(file, `${before.trimEnd()}\n\n${edited}\n`);
  try {
    await expect(async () => {
      await page.reload();
      await expect(page.getByText(edited)).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
  } finally {
    writeFileSync(file, before);
  }
});

test('a campaign edited in the desk and saved into the data folder builds into its page', async ({ page }) => {
  const file = new URL(`../${SERVE_DATA}/campaigns/free-ainur-kurmanov.json`, import.meta.url);
  const before = readFileSync(file, 'utf8');
  await page.goto('/desk/');
  await page.getByRole('button', { name: 'Free Ainur Kurmanov' }).click();
  await page.locator('#field-title').fill('Free Erlan Baljanov');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download free-ainur-kurmanov.json' }).click();
  writeFileSync(file, readFileSync(await (await download).path(), 'utf8'));
  try {
    await expect(async () => {
      await page.goto('/campaigns/free-ainur-kurmanov');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Free Erlan Baljanov', { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
  } finally {
    writeFileSync(file, before);
  }
});
