// The interface in the reader's language: the language is in the address,
// the page says so to the browser, links stay in it, the switcher and the
// offer of the browser's language lead to the same page in another, and a
// Russian page never shows a string of the English catalog.
import { test, expect, DEMO, NETWORK_ERROR_LOG, openLetter } from './fixtures.js';
import { englishFragments } from './catalogs.js';

// Every page of the site in Russian, from the sitemap.
async function russianPages(request) {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  return [...sitemap.matchAll(/<loc>https?:\/\/[^/<]+(\/ru\/[^<]*|\/ru)<\/loc>/g)].map((m) => m[1]);
}

test('a Russian campaign page speaks Russian, and its links stay in Russian', async ({ page }) => {
  await page.goto(`/ru/campaigns/${DEMO.campaignSlug}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { name: 'Напишите протест' })).toBeVisible();
  await expect(page.getByLabel('Ваше имя')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Кампании', exact: true })).toHaveAttribute('href', '/ru/campaigns');
  const switcher = page.getByRole('navigation', { name: 'Язык' });
  await expect(switcher.getByRole('link', { name: 'Русский' })).toHaveAttribute('aria-current', 'page');
  await switcher.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${DEMO.campaignSlug}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Write your protest' })).toBeVisible();
});

test('inside the app, a Russian page leads to Russian pages', async ({ page }) => {
  await page.goto('/ru/');
  await page.getByRole('link', { name: 'Кампании', exact: true }).click();
  await expect(page).toHaveURL(/\/ru\/campaigns$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Кампании');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('no Russian page shows a string of the English catalog', async ({ page, request }) => {
  test.setTimeout(120_000);
  const fragments = englishFragments();
  expect(fragments.length).toBeGreaterThan(50);
  const pages = await russianPages(request);
  expect(pages.length).toBeGreaterThanOrEqual(13);
  for (const path of pages) {
    await page.goto(path);
    const text = await page.locator('body').innerText();
    const labels = await page.locator('[aria-label]').evaluateAll((all) => all.map((e) => e.getAttribute('aria-label')));
    const seen = fragments.filter((fragment) => text.includes(fragment) || labels.some((l) => l.includes(fragment)));
    expect(seen, `${path} shows English interface text`).toEqual([]);
  }
});

test('an Arabic page runs right to left and never scrolls sideways on a phone', async ({ page }) => {
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/ar/', `/ar/campaigns/${DEMO.campaignSlug}`, `/ar/articles/${DEMO.articleSlug}`]) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
    }
  }
  // The layout mirrors: the site's name starts at the right.
  const name = await page.locator('.site-name').boundingBox();
  expect(name.x + name.width).toBeGreaterThan(300);
});

test.describe('a reader whose browser speaks Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('is offered the Russian page, never switched by force, and can turn it down', async ({ page }) => {
    await page.goto(`/articles/${DEMO.articleSlug}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const offer = page.locator('.language-offer');
    await expect(offer.getByRole('link', { name: 'Русский' })).toHaveAttribute('href', `/ru/articles/${DEMO.articleSlug}`);
    await offer.getByRole('button', { name: 'No, thanks' }).click();
    await expect(offer).toHaveCount(0);
    await page.getByRole('link', { name: 'Campaigns', exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Campaigns');
    await expect(page.locator('.language-offer')).toHaveCount(0);
  });

  test('takes the offer to the same page in Russian', async ({ page }) => {
    await page.goto('/campaigns');
    await page.locator('.language-offer').getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(/\/ru\/campaigns$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Кампании');
    await expect(page.locator('.language-offer')).toHaveCount(0);
  });
});

test.describe('when the Russian catalog cannot be loaded', () => {
  test.use({ expectedErrors: NETWORK_ERROR_LOG });

  test('the page speaks English, says why, and keeps its Russian address', async ({ page }) => {
    await page.route('**/i18n/ru.txt', (route) => route.abort('internetdisconnected'));
    await page.goto(`/ru/campaigns/${DEMO.campaignSlug}`);
    await expect(page.getByRole('status').filter({ hasText: 'could not be loaded in Русский' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Write your protest' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Campaigns', exact: true }).first()).toHaveAttribute('href', '/ru/campaigns');
  });
});

test('a German reader of a campaign without a German letter reads what it says in English, marked as English', async ({ page }) => {
  // The demo campaign without its German letter, as a campaign not yet
  // translated is published.
  await page.route(`**/data/campaigns/${DEMO.campaignSlug}.json`, async (route) => {
    const campaign = await (await route.fetch()).json();
    campaign.letters = campaign.letters.filter((letter) => letter.language !== 'de');
    await route.fulfill({ json: campaign });
  });
  await page.goto(`/de/campaigns/${DEMO.campaignSlug}`);
  await expect(page.locator('#letter-language')).toHaveValue('ru');
  const gloss = page.getByRole('region', { name: /^Was dieser Brief sagt, auf Englisch/ });
  await expect(gloss).toHaveAttribute('lang', 'de');
  await expect(gloss.locator('.gloss-body')).toHaveAttribute('lang', 'en');
  await expect(gloss.locator('.gloss-body')).toContainText('I urge you to release Ainur Kurmanov');
});

test('a letter in another language is marked with its own language and direction, not the page\'s', async ({ page }, testInfo) => {
  await page.goto(`/campaigns/${DEMO.campaignSlug}?lang=ru`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#letter-body')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('#letter-body')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('.letter .letter-body')).toHaveAttribute('lang', 'ru');
  // The Arabic letter runs right to left on a left-to-right page, the
  // recipients' "Name <address>" isolated in the preview.
  await page.locator('#letter-language').selectOption('ar');
  await expect(page.locator('#letter-body')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('#letter-subject')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('.letter .letter-body')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.letter-to bdi').first()).toContainText('<gp-rk@mail.online.kz>');
  await page.locator('.letter').screenshot({ path: testInfo.outputPath('arabic-letter-on-an-english-page.png') });
});

test('an Arabic page gives every change of language its direction, and isolates names and addresses', async ({ page }, testInfo) => {
  // The demo campaign without its Arabic summary: the page's head falls
  // back to English, which must still run left to right.
  await page.route(`**/data/campaigns/${DEMO.campaignSlug}.json`, async (route) => {
    const campaign = await (await route.fetch()).json();
    delete campaign.translations.ar.summary;
    await route.fulfill({ json: campaign });
  });
  await page.goto(`/ar/campaigns/${DEMO.campaignSlug}`);
  await openLetter(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.campaign header [lang="en"]')).toHaveAttribute('dir', 'ltr');
  // The Russian letter reads left to right, its greeting's "!" at the end.
  await page.locator('#letter-language').selectOption('ru');
  await expect(page.locator('#letter-body')).toHaveAttribute('dir', 'ltr');
  // Recipients in Arabic, each name and address isolated; countries by
  // their Arabic names.
  await expect(page.locator('.fixed-targets bdi').first()).toHaveText('المدعي العام لمدينة ألماتي');
  await expect(page.locator('#country-0 option', { hasText: 'ألمانيا' })).toHaveCount(1);
  await page.locator('#country-0').selectOption('DE');
  await expect(page.locator('.chosen-target bdi').first()).toHaveText('سفارة كازاخستان في ألمانيا (عنوان تجريبي)');
  // Every element that names its language also names its direction.
  const undirected = await page.locator('[lang]:not([dir])').evaluateAll(
    (elements) => elements.map((element) => element.outerHTML.slice(0, 120)),
  );
  expect(undirected).toEqual([]);
  const shot = testInfo.outputPath('arabic-campaign-page.png');
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('arabic-campaign-page', { path: shot, contentType: 'image/png' });
});

for (const language of ['ru', 'kk']) {
  test(`a ${language} reader of the Kurmanov campaign meets no English word but names and brands, and no placeholder`, async ({ page }) => {
    await page.goto(`/${language}/campaigns/${DEMO.campaignSlug}`);
    await openLetter(page);
    await page.locator('#country-0').selectOption('DE');
    const text = await page.locator('body').innerText();
    const fields = await page.locator('textarea, input[type="text"]').evaluateAll(
      (elements) => elements.map((element) => element.value ?? ''),
    );
    const everything = [text, ...fields].join('\n');
    expect(everything).not.toMatch(/\{[a-z_]+\}/);
    // Addresses and links are Latin by nature; brands, the site's name and
    // languages by their own names are names.
    const words = everything
      .replace(/\S+@\S+|https?:\/\/\S+|[\w.-]+\.(org|kz|com|net)\b/g, ' ')
      .match(/[A-Za-z]{2,}/g) ?? [];
    const names = new Set(['Tocsin', 'WhatsApp', 'Telegram', 'Facebook', 'QR', 'English', 'Deutsch']);
    expect([...new Set(words)].filter((word) => !names.has(word))).toEqual([]);
  });
}
