// The protest composer on the demo campaign: every send path carries the
// letter the reader sees, and nothing typed is kept unless asked.
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, DEMO, axeViolations, openLetter } from './fixtures.js';

const CAMPAIGN = `/campaigns/${DEMO.campaignSlug}`;
const RUSSIAN_SUBJECTS = ['Освободите Айнура Курманова', 'Требую освободить Айнура Курманова немедленно', 'Протест против ареста Айнура Курманова в Алматы'];

/** A mailto or compose link's fields, decoded. */
function decodeLink(href) {
  const url = new URL(href);
  const fields = {};
  for (const pair of url.search.slice(1).split('&')) {
    const [key, value = ''] = pair.split('=');
    fields[decodeURIComponent(key)] = decodeURIComponent(value);
  }
  if (url.protocol === 'mailto:') fields.to = url.pathname.split(',').map(decodeURIComponent).join(',');
  return fields;
}

async function fillDetails(page) {
  await page.getByLabel('Your name').fill('Anna Petrova');
  await page.getByLabel('Your town or city').fill('Leeds');
  await page.getByLabel('Your country', { exact: true }).fill('United Kingdom');
}

test('an edit to the letter reaches the preview and the links when typing pauses, or at once on leaving the box', async ({ page }) => {
  await page.goto(CAMPAIGN);
  await fillDetails(page);
  const box = page.locator('#letter-body');
  const gmail = page.getByRole('link', { name: 'Gmail' });
  // Typing then pausing: the preview follows within the pause.
  await box.press('Control+End');
  await box.pressSequentially(' Paused here.');
  await expect(page.locator('.letter-body')).toHaveText(/Paused here\.$/);
  // Typing then leaving at once (to a link, by keyboard): nothing is stale.
  await box.pressSequentially(' Left at once.');
  await box.press('Tab');
  const body = decodeLink(await gmail.getAttribute('href')).body;
  expect(body.endsWith('Paused here. Left at once.')).toBe(true);
  expect(await page.locator('.letter-body').textContent()).toBe(await box.inputValue());
});

test('the letter starts in Russian, as its targets read, greets them collectively, and every link carries the letter shown; in English too', async ({ page }) => {
  await page.goto(CAMPAIGN);
  await fillDetails(page);
  await page.locator('#country-0').selectOption('DE');
  const to = 'gp-rk@mail.online.kz,kz-embassy.de@example.org';
  await expect(page.locator('#letter-language')).toHaveValue('ru');
  let subject = await page.locator('#letter-subject').inputValue();
  expect(RUSSIAN_SUBJECTS).toContain(subject);
  let body = await page.locator('#letter-body').inputValue();
  // Two recipients at once: a greeting that names neither.
  expect(body.startsWith('Уважаемые господа!\n')).toBe(true);
  expect(body).toContain('Anna Petrova\nLeeds, United Kingdom');
  // The preview shows exactly what the links carry, to names in Russian.
  expect(await page.locator('.letter-body').textContent()).toBe(body);
  await expect(page.locator('.letter-to')).toContainText('Прокурор города Алматы <gp-rk@mail.online.kz>');
  // Beside it, what the letter says in the page's language.
  await expect(page.getByRole('region', { name: 'What this letter says, in English' })).toContainText('Dear Sir or Madam,');
  const crlf = (text) => text.replace(/\n/g, '\r\n');
  const mail = decodeLink(await page.getByRole('link', { name: 'Open in your mail app' }).getAttribute('href'));
  expect(mail).toEqual({ to, subject, body: crlf(body) });
  const gmail = decodeLink(await page.getByRole('link', { name: 'Gmail' }).getAttribute('href'));
  expect(gmail).toEqual({ view: 'cm', fs: '1', to, su: subject, body: crlf(body) });
  const mailRu = new URL(await page.getByRole('link', { name: 'Mail.ru' }).getAttribute('href'));
  expect(decodeLink(mailRu.searchParams.get('mailto'))).toEqual({ to, subject, body: crlf(body) });
  // Beside Mail.ru, and only there, whose authorities it answers to.
  const sendItems = page.locator('.send-buttons > li');
  await expect(sendItems.filter({ hasText: 'Mail.ru' })).toContainText("Mail.ru is a Russian service: Russia's authorities");
  await expect(sendItems.filter({ hasText: "Russia's authorities" })).toHaveCount(1);

  await page.locator('#letter-language').selectOption('en');
  subject = await page.locator('#letter-subject').inputValue();
  body = await page.locator('#letter-body').inputValue();
  expect(body.startsWith('Dear Sir or Madam,\n')).toBe(true);
  await expect(page.getByRole('region', { name: 'What this letter says, in English' })).toHaveCount(0);
  for (const name of ['Open in your mail app', 'Outlook', 'Yahoo']) {
    const link = await page.getByRole('link', { name }).getAttribute('href');
    expect(decodeLink(link), name).toEqual({ to, subject, body: crlf(body) });
  }
});

test.describe('on Windows, where a mail link over about 2,000 characters fails', () => {
  test.use({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36' });

  test('the Russian letter gets the fallback, and the English one a link', async ({ page }) => {
    await page.goto(CAMPAIGN);
    await fillDetails(page);
    // Cyrillic takes six characters a letter once encoded.
    await expect(page.getByRole('link', { name: 'Open in your mail app' })).toHaveCount(0);
    await expect(page.locator('.too-long').first()).toContainText('Open in your mail app: your letter makes a link of');
    await page.locator('#letter-language').selectOption('en');
    await expect(page.getByRole('link', { name: 'Open in your mail app' })).toBeVisible();
  });

  test('an over-long letter gets the fallback instead of a link that would fail', async ({ page }) => {
    await page.goto(CAMPAIGN);
    await fillDetails(page);
    await page.locator('#letter-body').fill('x'.repeat(5000));
    await expect(page.getByRole('link', { name: 'Open in your mail app' })).toHaveCount(0);
    await expect(page.locator('.too-long')).toHaveCount(3);
    await expect(page.locator('.too-long').first()).toContainText('links over 2,000 often fail');
    await expect(page.getByRole('link', { name: 'Gmail' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy letter' })).toBeVisible();
  });
});

test('copies go in cc where the client carries them, and are flagged where not', async ({ page }) => {
  await page.route(`**/data/campaigns/${DEMO.campaignSlug}.json`, async (route) => {
    const response = await route.fetch();
    const campaign = await response.json();
    campaign.copies = ['organisers@example.org', 'press@example.org'];
    await route.fulfill({ response, json: campaign });
  });
  await page.goto(CAMPAIGN);
  await fillDetails(page);
  // In English, whose links every client here takes.
  await page.locator('#letter-language').selectOption('en');
  const body = await page.locator('#letter-body').inputValue();
  const mail = decodeLink(await page.getByRole('link', { name: 'Open in your mail app' }).getAttribute('href'));
  expect(mail.cc).toBe('organisers@example.org,press@example.org');
  expect(mail.body).toBe(body.replace(/\n/g, '\r\n'));
  const gmail = decodeLink(await page.getByRole('link', { name: 'Gmail' }).getAttribute('href'));
  expect(gmail.cc).toBe('organisers@example.org,press@example.org');
  const outlook = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Outlook' }) });
  await expect(outlook).toContainText('add the copies yourself');
  await expect(page.locator('.letter')).toContainText('Copies: organisers@example.org, press@example.org');
});

test('the .eml download parses to the same letter', async ({ page }) => {
  await page.goto(CAMPAIGN);
  await fillDetails(page);
  await page.locator('#letter-language').selectOption('ru');
  const subject = await page.locator('#letter-subject').inputValue();
  const body = await page.locator('#letter-body').inputValue();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download .eml' }).click()]);
  expect(download.suggestedFilename()).toBe('protest.eml');
  const parsed = JSON.parse(execFileSync('python3', ['-c', [
    'import email, email.policy, json, sys',
    'm = email.message_from_bytes(open(sys.argv[1], "rb").read(), policy=email.policy.default)',
    'print(json.dumps({"to": [a.addr_spec for a in m["To"].addresses], "subject": str(m["Subject"]), "body": m.get_content().replace("\\r\\n", "\\n"), "unsent": m["X-Unsent"], "defects": len(m.defects)}))',
  ].join('\n'), await download.path()]).toString());
  expect(parsed).toEqual({ to: ['gp-rk@mail.online.kz'], subject, body: `${body}\n`, unsent: '1', defects: 0 });
});

test('one email per recipient, in turn, with progress', async ({ page }) => {
  await page.goto(CAMPAIGN);
  await fillDetails(page);
  await page.locator('#country-0').selectOption('GB');
  await page.getByLabel('Send one email per recipient').check();
  // Each letter greets its one recipient by their own salutation, in the letter's language.
  await expect(page.locator('.progress')).toHaveText('Email 1 of 2: to Прокурор города Алматы');
  let mail = decodeLink(await page.getByRole('link', { name: 'Open in your mail app' }).getAttribute('href'));
  expect(mail.to).toBe('gp-rk@mail.online.kz');
  expect(mail.body.startsWith('Уважаемый господин прокурор!')).toBe(true);
  await page.getByRole('button', { name: 'Next recipient' }).click();
  await expect(page.locator('.progress')).toHaveText('Email 2 of 2: to Посольство Казахстана в Великобритании (пример адреса)');
  mail = decodeLink(await page.getByRole('link', { name: 'Open in your mail app' }).getAttribute('href'));
  expect(mail.to).toBe('kz-embassy.gb@example.org');
  expect(mail.body.startsWith('Уважаемый господин посол!')).toBe(true);
  // Another language keeps the reader's place, and greets in its own words.
  await page.locator('#letter-language').selectOption('en');
  await expect(page.locator('.progress')).toHaveText('Email 2 of 2: to Embassy of Kazakhstan in the United Kingdom (example address)');
  mail = decodeLink(await page.getByRole('link', { name: 'Open in your mail app' }).getAttribute('href'));
  expect(mail.body.startsWith('Dear Ambassador,')).toBe(true);
  await expect(page.getByRole('button', { name: 'Next recipient' })).toHaveCount(0);
});

test('details are remembered across a reload only when the reader opts in', async ({ page }) => {
  await page.goto(CAMPAIGN);
  await fillDetails(page);
  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await fillDetails(page);
  await page.getByLabel('Remember my details on this device').check();
  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('Anna Petrova');
  await expect(page.getByLabel('Remember my details on this device')).toBeChecked();
  await page.getByRole('button', { name: 'Forget my details' }).click();
  await expect(page.getByLabel('Your name')).toHaveValue('');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('the sent tally stays off the device unless the reader opts in, and Forget clears all the site kept', async ({ page }) => {
  const stored = () => page.evaluate(() => ({ device: Object.keys(localStorage), tab: Object.keys(sessionStorage) }));
  await page.goto(CAMPAIGN);
  await fillDetails(page);
  await page.getByRole('button', { name: "I've sent it" }).click();
  await expect(page.locator('.tally')).toContainText('You have marked 1 letter as sent');
  // Not opted in: nothing on the device; the tally lasts for this tab only.
  expect((await stored()).device).toEqual([]);
  await page.goto(CAMPAIGN);
  await expect(page.locator('.tally')).toContainText('You have marked 1 letter as sent');
  await expect(page.locator('.tally')).toContainText('until you close this tab');
  // Opted in: the details and the tally stay on the device.
  await fillDetails(page);
  await page.getByLabel('Remember my details on this device').check();
  await page.getByRole('button', { name: "I've sent it" }).click();
  await expect(page.locator('.tally')).toContainText('You have marked 2 letters as sent');
  await expect(page.locator('.tally')).toContainText('kept on this device');
  // With them, the page's language as the reader's choice.
  expect((await stored()).device.map((key) => key.split(':').slice(2).join(':')).sort())
    .toEqual(['details', 'language', `sent:${DEMO.campaignSlug}`]);
  // Forget: nothing the site kept is left, on the device or in the tab.
  await page.getByRole('button', { name: 'Forget my details' }).click();
  expect(await stored()).toEqual({ device: [], tab: [] });
  await expect(page.locator('.tally')).not.toContainText('You have marked');
  await page.goto(CAMPAIGN);
  await expect(page.locator('.tally')).not.toContainText('You have marked');
});

test('moving around the app keeps what was typed for this visit', async ({ page }) => {
  await page.goto(CAMPAIGN);
  await fillDetails(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).click();
  await page.getByRole('main').locator(`a[href="${CAMPAIGN}"]`).first().click();
  await openLetter(page);
  await expect(page.getByLabel('Your name')).toHaveValue('Anna Petrova');
});

test("a bad typed address is an error, and I've sent it keeps a private tally", async ({ page }) => {
  await page.goto(CAMPAIGN);
  await fillDetails(page);
  await page.getByLabel('Not listed? Type the address').fill('not-an-address');
  await page.getByLabel('Not listed? Type the address').press('Tab');
  await expect(page.locator('#address-0-error')).toContainText('This is not an e-mail address');
  await expect(page.getByLabel('Not listed? Type the address')).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: "I've sent it" }).click();
  await expect(page.locator('.tally')).toContainText('You have marked 1 letter as sent');
  await expect(page.locator('.tally')).toContainText('never leaves this device');
});

/** Presses Tab until `target` has focus (at most `max` times). */
async function tabTo(page, target, max = 60) {
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('from the keyboard', () => {
  test.use({ writeAnyway: false });

  test('keyboard only, from a shared link to a sent letter', async ({ page }) => {
    await page.goto(`${CAMPAIGN}?lang=ru&country=DE`);
    await expect(page.locator('main h1')).toHaveText(DEMO.campaignTitle);
    // The first Tab reaches the skip link, which jumps past the navigation.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    // Past the demo case's deadline the letter waits behind "Write anyway",
    // which opens from the keyboard too.
    await tabTo(page, page.locator('details.write-anyway > summary'));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByLabel('Your name'));
    await page.keyboard.type('Анна');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Leeds');
    await page.keyboard.press('Tab');
    await page.keyboard.type('UK');
    // The link's choices arrived: Russian letter, the German embassy.
    await expect(page.locator('#letter-language')).toHaveValue('ru');
    await expect(page.locator('#country-0')).toHaveValue('DE');
    const gmail = page.getByRole('link', { name: 'Gmail' });
    await tabTo(page, gmail);
    const href = new URL(await gmail.getAttribute('href'));
    expect(href.searchParams.get('to')).toContain('kz-embassy.de@example.org');
    expect(href.searchParams.get('body')).toContain('Анна');
    await tabTo(page, page.getByRole('button', { name: "I've sent it" }));
    await page.keyboard.press('Enter');
    await expect(page.locator('.tally')).toContainText('You have marked 1 letter as sent');
  });
});

test('keyboard only: fields in order, a language by arrow keys, on to the send links', async ({ page }) => {
  await page.goto(CAMPAIGN);
  await page.getByLabel('Your name').focus();
  await page.keyboard.type('Anna');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Your town or city')).toBeFocused();
  await page.keyboard.type('Leeds');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Your country', { exact: true })).toBeFocused();
  await page.keyboard.type('UK');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Remember my details on this device')).toBeChecked();
  await page.keyboard.press('Space');
  // On through the recipients and the letter: the language select answers arrow keys.
  const language = page.locator('#letter-language');
  for (let i = 0; i < 10 && !(await language.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(language).toBeFocused();
  await expect(language).toHaveValue('ru');
  await page.keyboard.press('ArrowDown');
  await expect(language).toHaveValue('kk');
  await page.keyboard.press('ArrowUp');
  await expect(language).toHaveValue('ru');
  // Tab keeps going until the first send link, which is a real, focusable link.
  const mailApp = page.getByRole('link', { name: 'Open in your mail app' });
  for (let i = 0; i < 15 && !(await mailApp.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(mailApp).toBeFocused();
  expect(await mailApp.getAttribute('href')).toMatch(/^mailto:gp-rk@mail\.online\.kz\?subject=/);
});

for (const state of ['empty', 'filled', 'in error']) {
  test(`axe finds no violation with the form ${state}`, async ({ page }) => {
    await page.goto(CAMPAIGN);
    if (state !== 'empty') await fillDetails(page);
    if (state === 'in error') {
      await page.getByLabel('Your name').fill('');
      await page.getByLabel('Not listed? Type the address').fill('nope');
      await page.getByLabel('Not listed? Type the address').press('Tab');
      await expect(page.locator('#sender-name-error')).toContainText('Enter your name');
      await expect(page.locator('#address-0-error')).toContainText('This is not an e-mail address');
    }
    expect(await axeViolations(page, AxeBuilder)).toEqual([]);
  });
}

test('copy buttons copy the parts of the letter, and say when there is nothing yet', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(CAMPAIGN);
  const copySubject = page.getByRole('button', { name: 'Copy subject' });
  const copyLetter = page.getByRole('button', { name: 'Copy letter' });
  await copyLetter.click();
  await expect(page.locator('.copy-buttons .copy-status').nth(2)).toHaveText('Nothing to copy yet: fill in the letter above first.');
  await fillDetails(page);
  await copySubject.click();
  await expect(page.locator('.copy-buttons .copy-status').nth(1)).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#letter-subject').inputValue());
  await copyLetter.click();
  await expect(page.locator('.copy-buttons .copy-status').nth(2)).toHaveText('Copied.');
  const body = await page.locator('#letter-body').inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body.replace(/\n/g, '\r\n'));
});

test('a field shows its error only once the reader has left it or tried to send', async ({ page }) => {
  await page.goto(CAMPAIGN);
  const nameError = page.locator('#sender-name-error');
  const name = page.getByLabel('Your name');
  // A fresh form says nothing is wrong.
  await expect(nameError).toHaveText('');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  // Typing and leaving a field: its error, and only its own.
  await name.fill('Anna');
  await name.fill('');
  await expect(nameError).toHaveText('');
  await name.press('Tab');
  await expect(nameError).toContainText('Enter your name');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#sender-city-error')).toHaveText('');
  // A bad address shows its error once the reader leaves the box.
  const typed = page.getByLabel('Not listed? Type the address');
  await typed.fill('not-an-address');
  await expect(page.locator('#address-0-error')).toHaveText('');
  await typed.press('Tab');
  await expect(page.locator('#address-0-error')).toContainText('This is not an e-mail address');
});

test('trying to send shows what is missing', async ({ page }) => {
  await page.goto(CAMPAIGN);
  await page.getByRole('button', { name: 'Show what is missing' }).click();
  await expect(page.locator('#sender-name-error')).toContainText('Enter your name');
  await expect(page.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');
  await fillDetails(page);
  await expect(page.getByRole('button', { name: 'Show what is missing' })).toHaveCount(0);
});
