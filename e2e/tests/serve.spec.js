// The writers' loop: `cargo xtask serve` serves what the release build
// serves (every language's pages, the search with its index) and rebuilds
// an article its editor saves, so the open page shows the change on reload.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test, expect, NETWORK_ERROR_LOG } from './fixtures.js';
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

test.describe('a new campaign', () => {
  // Its address answers 404 until the serve has built it.
  test.use({ expectedErrors: NETWORK_ERROR_LOG });

  test('a campaign written from nothing in the desk, in English and Russian, builds into both pages', async ({ page }) => {
    await page.goto('/desk/');
    await page.getByRole('button', { name: 'Start from nothing' }).click();
    const fill = async (field, text) => page.locator(`#field-${field}`).fill(text);
    await fill('slug', 'free-erlan-baljanov');
    await fill('title', 'Free Erlan Baljanov');
    await fill('at_risk', 'Erlan Baljanov, oil worker and union organiser');
    await fill('summary', 'Erlan Baljanov was detained in Zhanaozen after a strike meeting.');
    await fill('demands', 'Release Erlan Baljanov.\nDrop every charge against him.');
    await fill('targets-0-name', 'The Prosecutor of Zhanaozen');
    await fill('targets-0-role', 'Prosecutor\'s office, Zhanaozen');
    await fill('targets-0-email', 'prosecutor@example.org');
    await fill('targets-0-greetings-en', 'Dear Prosecutor');
    await fill('letters-0-subjects', 'Release Erlan Baljanov');
    await fill('letters-0-greeting', 'Dear Sir or Madam');
    await fill('letters-0-body', '{salutation},\n\nRelease Erlan Baljanov now.\n\n{sender_name}\n{sender_city}, {sender_country}');
    await page.locator('#new-letter-language').fill('ru');
    await page.getByRole('button', { name: 'Add the letter' }).click();
    await fill('letters-1-subjects', 'Освободите Ерлана Бальжанова');
    await fill('letters-1-greeting', 'Уважаемые господа');
    await fill('letters-1-body', '{salutation}!\n\nОсвободите Ерлана Бальжанова.\n\n{sender_name}\n{sender_city}, {sender_country}');
    await fill('targets-0-greetings-ru', 'Уважаемый господин прокурор');
    await fill('share_text', 'Erlan Baljanov is detained in Zhanaozen. Send a protest:');
    await page.locator('details.desk-language', { hasText: /^ru:/ }).locator('summary').click();
    await fill('translations-ru-title', 'Свободу Ерлану Бальжанову');
    await fill('targets-0-translations-ru-name', 'Прокурор Жанаозена');
    await fill('targets-0-translations-ru-role', 'Прокуратура Жанаозена');
    await expect(page.getByRole('heading', { name: /^Ready to publish/ })).toBeVisible();
    // Each recipient's letter as they get it, in each language.
    await expect(page.locator('.desk-received details')).toHaveCount(2);
    const file = new URL(`../${SERVE_DATA}/campaigns/free-erlan-baljanov.json`, import.meta.url);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download free-erlan-baljanov.json' }).click();
    writeFileSync(file, readFileSync(await (await download).path(), 'utf8'));
    try {
      await expect(async () => {
        await page.goto('/campaigns/free-erlan-baljanov');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Free Erlan Baljanov', { timeout: 1_000 });
      }).toPass({ timeout: 20_000 });
      await page.goto('/ru/campaigns/free-erlan-baljanov');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Свободу Ерлану Бальжанову');
      await expect(page.getByText('Прокурор Жанаозена').first()).toBeVisible();
    } finally {
      rmSync(file);
    }
  });
});
