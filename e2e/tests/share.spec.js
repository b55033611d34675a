// Sharing: presets in links, copy, messenger links, the QR code and the flyer.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { test, expect, DEMO } from './fixtures.js';

const CAMPAIGN = `/campaigns/${DEMO.campaignSlug}`;

/** Decodes the QR code on the page from a screenshot of its SVG. */
async function readQr(page) {
  const png = PNG.sync.read(await page.locator('svg.qr').screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(code, 'the QR code decodes').not.toBeNull();
  return code.data;
}

test('a share link with a preset opens the composer with those choices', async ({ page, baseURL }) => {
  await page.goto(`${CAMPAIGN}?lang=ru&country=DE&variant=2`);
  await expect(page.locator('#letter-language')).toHaveValue('ru');
  await expect(page.locator('#country-0')).toHaveValue('DE');
  await expect(page.locator('.chosen-target')).toContainText('kz-embassy.de@example.org');
  await expect(page.locator('.letter-subject')).toHaveText('Subject: Требую освободить Айнура Курманова немедленно');
  await expect(page.locator('.letter .letter-body')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('.preset-note')).toHaveCount(0);
  await expect(page.locator('#share-url')).toHaveValue(`${baseURL}${CAMPAIGN}?lang=ru&country=DE&variant=2`);
});

test('a hostile preset is ignored safely, with quiet notes', async ({ page, baseURL }) => {
  await page.goto(`${CAMPAIGN}?lang=%3Cscript%3Ealert(1)%3C/script%3E&country=XX%0D%0A&variant=999`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.campaignTitle);
  // The letter its targets read, as if the link had named no language.
  await expect(page.locator('#letter-language')).toHaveValue('ru');
  await expect(page.locator('#country-0')).toHaveValue('');
  await expect(page.locator('.letter-subject')).toHaveText(/^Subject: (Освободите Айнура Курманова|Требую освободить Айнура Курманова немедленно|Протест против ареста Айнура Курманова в Алматы)$/);
  await expect(page.locator('.preset-note')).toHaveCount(3);
  await expect(page.locator('main')).not.toContainText('<script>');
  expect(await page.locator('script:not([type="module"])').count()).toBe(0);
  await expect(page.locator('#share-url')).toHaveValue(`${baseURL}${CAMPAIGN}`);
});

test('copy link puts the exact URL on the clipboard and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${CAMPAIGN}?lang=ru`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.share .copy-status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${CAMPAIGN}?lang=ru`);
});

test('messenger links are plain links built from the share text', async ({ page, baseURL }) => {
  await page.goto(CAMPAIGN);
  const url = encodeURIComponent(`${baseURL}${CAMPAIGN}`);
  const links = page.getByRole('list', { name: 'Share on' });
  await expect(links.getByRole('link', { name: 'Telegram' })).toHaveAttribute('href', new RegExp(`^https://t\\.me/share/url\\?url=${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}&text=Ainur%20Kurmanov%20has%20been%20jailed`));
  await expect(links.getByRole('link', { name: 'WhatsApp' })).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=Ainur%20Kurmanov/);
  await expect(links.getByRole('link', { name: 'Email' })).toHaveAttribute('href', /^mailto:\?subject=Free%20Ainur%20Kurmanov&body=/);
  for (const link of await links.getByRole('link').all()) {
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
});

test('the QR code decodes back to the link, and follows the preset a campaigner sets', async ({ page, baseURL }) => {
  await page.goto(CAMPAIGN);
  expect(await readQr(page)).toBe(`${baseURL}${CAMPAIGN}`);
  await page.getByText('Set up the link for your audience').click();
  await page.locator('#preset-lang').selectOption('ru');
  await page.locator('#preset-country').selectOption('GB');
  await page.locator('#preset-variant').selectOption('3');
  const preset = `${baseURL}${CAMPAIGN}?lang=ru&country=GB&variant=3`;
  await expect(page.locator('#share-url')).toHaveValue(preset);
  expect(await readQr(page)).toBe(preset);
  await page.getByRole('link', { name: 'Print a flyer with this QR code' }).click();
  await expect(page).toHaveURL(`${CAMPAIGN}/flyer?lang=ru&country=GB&variant=3`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.campaignTitle);
  await expect(page.locator('.flyer-demand')).toHaveText('Release Ainur Kurmanov immediately.');
  await expect(page.locator('.flyer-url')).toHaveText(preset.replace(/^https?:\/\//, ''));
  expect(await readQr(page)).toBe(preset);
});

test('the Web Share API is offered where the browser has it', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    navigator.share = async (data) => { window.__shared = { ...data }; };
  });
  await page.goto(CAMPAIGN);
  await page.getByRole('button', { name: 'Share…' }).click();
  const shared = await page.evaluate(() => window.__shared);
  expect(shared.url).toBe(`${baseURL}${CAMPAIGN}`);
  expect(shared.title).toBe(DEMO.campaignTitle);
  expect(shared.text).toMatch(/^Ainur Kurmanov has been jailed/);
});
