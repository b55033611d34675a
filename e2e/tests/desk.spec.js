// The campaign desk, /desk/: a campaign opened from the site's own files,
// edited as a form with the checker's rules beside each field, and saved as
// the campaign file. Readers never load it.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { test, expect, DEMO, axeViolations } from './fixtures.js';

test.use({ awaitTakeover: false });


async function openDemo(page) {
  await page.goto('/desk/');
  await page.getByRole('button', { name: DEMO.campaignTitle }).click();
  await expect(page.locator('#field-title')).toHaveValue(DEMO.campaignTitle);
}

test('every campaign the site has, opened and saved unchanged, is the same file', async ({ page }) => {
  await page.goto('/desk/');
  await expect(page.getByRole('button', { name: DEMO.campaignTitle })).toBeVisible();
  const titles = await page.locator('.desk-campaigns button').allTextContents();
  expect(titles.length).toBeGreaterThanOrEqual(5);
  for (const title of titles) {
    await page.getByRole('button', { name: title, exact: true }).click();
    await expect(page.locator('#field-title')).toHaveValue(title);
    await expect(page.getByRole('heading', { name: /^Ready to publish/ })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /^Download .*\.json$/ }).click();
    const file = await download;
    const original = new URL(`../../public/data/campaigns/${file.suggestedFilename()}`, import.meta.url);
    expect(readFileSync(await file.path(), 'utf8'), title).toBe(readFileSync(original, 'utf8'));
  }
});

test('a bad address is flagged beside its field and in the summary, and the fixed file is saved', async ({ page }) => {
  await openDemo(page);
  await page.locator('#field-title').fill('Free Erlan Baljanov');
  // Each recipient's greeting in each letter's language.
  await expect(page.locator('#field-targets-0-greetings-ru')).toHaveValue('Уважаемый господин прокурор');
  const address = page.locator('#field-targets-0-email');
  await address.fill('procurator at example.org');
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#field-targets-0-email-error')).not.toBeEmpty();
  await expect(page.getByRole('heading', { name: 'Not ready to publish: 1 to fix' })).toBeVisible();
  await page.getByRole('link', { name: /^Recipient 1 · Email address: / }).click();
  await expect(address).toBeFocused();
  await address.fill('procurator@example.org');
  await expect(address).not.toHaveAttribute('aria-invalid', 'true');
  const saved = await page.locator('#campaign-file').inputValue();
  expect(saved).toContain('"title": "Free Erlan Baljanov"');
  expect(saved).toContain('"email": "procurator@example.org"');
  expect(saved.endsWith('}\n')).toBe(true);
});

test('the desk has no accessibility violations, and no reader page fetches it', async ({ page }) => {
  await openDemo(page);
  expect(await axeViolations(page, AxeBuilder)).toEqual([]);
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`/campaigns/${DEMO.campaignSlug}`);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((path) => path.startsWith('/desk/'))).toEqual([]);
  const robots = await (await page.request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /desk/');
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  expect(sitemap).not.toContain('/desk');
});

test('news and a won case are one click each, and a letter is written as plain text', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('button', { name: 'Add news of today' }).click();
  await page.locator('#field-updates-0-text').fill('Ainur was released this morning.');
  await page.getByRole('button', { name: 'Mark the case won' }).click();
  await expect(page.locator('#field-status')).toHaveValue('won');
  // A won case needs its outcome, which the form asks for at its field.
  await expect(page.locator('#field-status')).toHaveAttribute('aria-invalid', 'true');
  await page.locator('#field-outcome').fill('Released after protests from twenty countries.');
  await expect(page.getByRole('heading', { name: /^Ready to publish/ })).toBeVisible();
  // The letter's lines are lines, never \n; a wrong placeholder is named.
  const body = page.locator('#field-letters-1-body');
  await expect(body).toHaveValue(/^\{salutation\}!\n\nЯ решительно протестую/);
  await body.fill('{salutation}!\n\nОсвободите его.\n{sender}');
  await expect(page.locator('#field-letters-1-body-error')).toContainText('unknown placeholder {sender}');
  await body.fill('{salutation}!\n\nОсвободите его.\n{sender_name}');
  const saved = await page.locator('#campaign-file').inputValue();
  expect(saved).toContain('"body": "{salutation}!\\n\\nОсвободите его.\\n{sender_name}"');
  expect(saved).toContain('"status": "won"');
  // A demonstration is one tick, which the file then says.
  await page.getByLabel('A demonstration, not a real case: its page says so').check();
  expect(await page.locator('#campaign-file').inputValue()).toContain('"demo": true');
});

test('the preview follows the typing, as a reader in any of the site\'s languages sees it, and shows each recipient\'s letter', async ({ page }) => {
  await openDemo(page);
  const preview = page.frameLocator('.desk-preview iframe');
  await expect(preview.locator('h1')).toHaveText(DEMO.campaignTitle);
  await page.locator('#field-title').fill('Free Erlan Baljanov');
  await expect(preview.locator('h1')).toHaveText('Free Erlan Baljanov');
  // The composer inside is the readers' own, and works (the demo's
  // deadline has passed: the letter waits behind "Write anyway").
  await preview.locator('#write-anyway summary').click();
  await preview.getByLabel('Your name').fill('Dana Reader');
  await expect(preview.locator('#letter-body')).toHaveValue(/Dana Reader/);
  // Each recipient's letter: their own greeting, signed by the sample reader.
  const first = page.locator('.desk-received details').first();
  await expect(first.locator('summary')).toContainText('gp-rk@mail.online.kz');
  await expect(first.locator('.desk-email-body')).toHaveText(/^Dear Procurator,[\s\S]*Alex Sample/);
  // What the campaigner opened stays open as they type.
  const second = page.locator('.desk-received details').nth(1);
  await second.locator('summary').click();
  await page.locator('#field-letters-0-subjects').fill('Release Ainur Kurmanov today');
  await expect(second).toHaveAttribute('open', '');
  await expect(first.locator('p').first()).toContainText('Release Ainur Kurmanov today');
  // Another language reloads the page in it, with the form's text.
  await page.locator('#preview-language').selectOption('ru');
  await expect(preview.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(preview.locator('h1')).toHaveText('Свободу Айнуру Курманову');
  await page.locator('details.desk-language', { hasText: /^ru:/ }).locator('summary').click();
  await page.locator('#field-translations-ru-title').fill('Свободу Ерлану Бальжанову');
  await expect(preview.locator('h1')).toHaveText('Свободу Ерлану Бальжанову');
});

test('the desk speaks Russian, the checker too, with no accessibility violation; a language it lacks says so', async ({ page }) => {
  await openDemo(page);
  await page.locator('#desk-language').selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Кабинет кампаний');
  await expect(page.getByRole('heading', { name: 'Можно публиковать: проверка ошибок не нашла' })).toBeVisible();
  const address = page.locator('#field-targets-0-email');
  await address.fill('procurator at example.org');
  await expect(page.locator('#field-targets-0-email-error')).toHaveText(/^Это не адрес электронной почты/);
  await page.locator('#field-title').fill('');
  await expect(page.locator('#field-title-error')).toHaveText('Это поле нужно заполнить.');
  await expect(page.getByRole('heading', { name: 'Публиковать пока нельзя. Что исправить: 2' })).toBeVisible();
  await page.locator('#field-title').fill(DEMO.campaignTitle);
  await expect(page.getByRole('heading', { name: 'Публиковать пока нельзя. Что исправить: 1' })).toBeVisible();
  expect(await axeViolations(page, AxeBuilder)).toEqual([]);
  // The desk has no Kazakh words: English, and the site's note in Kazakh.
  await page.locator('#desk-language').selectOption('kk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.language-note[lang="kk"]')).toContainText('аударылмаған');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Campaign desk');
});

test('a reader target chooses a shared directory, whose corrected addresses give a directory file to download', async ({ page }) => {
  await openDemo(page);
  await expect(page.locator('#field-reader_targets-0-label')).toHaveValue('Your local Kazakhstan embassy');
  await expect(page.locator('#field-reader_targets-0-shared_directory')).toHaveValue('kazakhstan-embassies');
  const directory = page.locator('details.desk-directory');
  await directory.locator('summary').click();
  const email = page.locator('#directory-kazakhstan-embassies-0-0-email');
  await expect(email).toHaveValue('kz-embassy.gb@example.org');
  await expect(directory.getByRole('link', { name: /^Download/ })).toHaveCount(0);
  await email.fill('embassy at example.org');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await email.fill('kz-embassy.london@example.org');
  await expect(email).not.toHaveAttribute('aria-invalid', 'true');
  const download = page.waitForEvent('download');
  await directory.getByRole('link', { name: 'Download kazakhstan-embassies.json' }).click();
  const saved = readFileSync(await (await download).path(), 'utf8');
  const original = readFileSync(new URL('../../public/data/directories/kazakhstan-embassies.json', import.meta.url), 'utf8');
  expect(saved).toBe(original.replace('kz-embassy.gb@example.org', 'kz-embassy.london@example.org'));
  // The campaign file still names the directory, not its addresses.
  expect(await page.locator('#campaign-file').inputValue()).not.toContain('kz-embassy');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the desk fits the screen', async ({ page }) => {
    await openDemo(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('each language is translated beside the campaign\'s own text, with a count of what it lacks', async ({ page }) => {
  await openDemo(page);
  const german = page.locator('details.desk-language', { hasText: /^de:/ });
  await expect(german.locator('summary')).toHaveText('de: complete');
  await german.locator('summary').click();
  const title = page.locator('#field-translations-de-title');
  await expect(title).toHaveValue('Freiheit für Ainur Kurmanow');
  await expect(title).toHaveAttribute('lang', 'de');
  await title.fill('');
  await expect(german.locator('summary')).toHaveText('de: 1 to translate');
  await title.fill('Freiheit für Ainur Kurmanow!');
  await expect(german.locator('summary')).toHaveText('de: complete');
  // Those written to, and the news, in the language too.
  await expect(page.locator('#field-targets-0-translations-de-name')).toHaveValue('Der Staatsanwalt der Stadt Almaty');
  await page.getByRole('button', { name: 'Add news of today' }).click();
  await page.locator('#field-updates-0-text').fill('Ainur was released this morning.');
  await expect(german.locator('summary')).toHaveText('de: 1 to translate');
  await page.locator('#field-translations-de-updates-0-text').fill('Ainur ist heute Morgen freigekommen.');
  await expect(german.locator('summary')).toHaveText('de: complete');
  expect(await page.locator('#campaign-file').inputValue()).toContain('"title": "Freiheit für Ainur Kurmanow!"');
});

test('the draft stays on the device only when the campaigner asks, and a slug the site has is said', async ({ page }) => {
  await page.goto('/desk/');
  await page.getByRole('button', { name: 'Start from nothing' }).click();
  await page.locator('#field-slug').fill(DEMO.campaignSlug);
  await expect(page.getByText('The site already has a campaign at this address')).toBeVisible();
  await page.locator('#field-slug').fill('free-erlan-baljanov');
  await expect(page.getByText('The site already has a campaign at this address')).toHaveCount(0);
  await page.locator('#field-title').fill('Free Erlan Baljanov');
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await page.getByLabel('Keep my draft on this device').check();
  await page.reload();
  await page.getByRole('button', { name: 'Open the draft kept on this device' }).click();
  await expect(page.locator('#field-title')).toHaveValue('Free Erlan Baljanov');
  await page.getByLabel('Keep my draft on this device').uncheck();
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});
