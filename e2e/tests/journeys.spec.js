// The whole journey in Russian, Kazakh and Arabic, on a phone: a shared
// link, the article, the campaign, the reader's details, and every send link
// decoded back to the letter shown, greeting its recipients in the letter's
// language. The interface never shows a string of the English catalog.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, DEMO, axeViolations, openLetter } from './fixtures.js';
import { englishFragments } from './catalogs.js';

const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

/** A mailto link's fields, decoded. */
function decodeMailto(href) {
  const url = new URL(href);
  const fields = { to: url.pathname.split(',').map(decodeURIComponent).join(',') };
  for (const pair of url.search.slice(1).split('&')) {
    const [key, value = ''] = pair.split('=');
    fields[decodeURIComponent(key)] = decodeURIComponent(value);
  }
  return fields;
}

/** The fields of every send link on the page that could be offered, by client. */
async function sendLinks(page) {
  const links = {};
  for (const link of await page.locator('.send-buttons a.button:not([download])').all()) {
    const name = await link.textContent();
    const href = new URL(await link.getAttribute('href'));
    if (href.protocol === 'mailto:') links[name] = decodeMailto(href.href);
    else if (href.hostname === 'e.mail.ru') links[name] = decodeMailto(href.searchParams.get('mailto'));
    else links[name] = { to: href.searchParams.get('to'), subject: href.searchParams.get('su') ?? href.searchParams.get('subject'), body: href.searchParams.get('body') };
  }
  return links;
}

/** Fails on any string of the English catalog in the page's text or labels. */
async function expectNoEnglish(page, where) {
  const text = await page.locator('body').innerText();
  const labels = await page.locator('[aria-label]').evaluateAll((all) => all.map((e) => e.getAttribute('aria-label')));
  const seen = englishFragments().filter((f) => text.includes(f) || labels.some((l) => l.includes(f)));
  expect(seen, `${where} shows English interface text`).toEqual([]);
}

const JOURNEYS = [
  {
    tag: 'ru',
    article: '/ru/articles/kazakhstan-ainur-kurmanov-arestovan',
    act: 'Написать протест',
    labels: { name: 'Ваше имя', city: 'Ваш город или населённый пункт', country: 'Ваша страна' },
    details: ['Анна Петрова', 'Алматы', 'Казахстан'],
    mailApp: 'Открыть в почтовом приложении',
    greeting: 'Уважаемые господа!',
    oneByOne: 'Отдельное письмо каждому адресату',
    firstAlone: 'Уважаемый господин прокурор!',
  },
  {
    tag: 'kk',
    article: `/kk/articles/${DEMO.articleSlug}`,
    act: 'Наразылық жазу',
    labels: { name: 'Атыңыз', city: 'Қалаңыз немесе елді мекеніңіз', country: 'Еліңіз' },
    details: ['Айгүл Сейітова', 'Өскемен', 'Қазақстан'],
    mailApp: 'Пошта қолданбасында ашу',
    language: 'kk',
    greeting: 'Құрметті ханымдар мен мырзалар!',
    oneByOne: 'Әр алушыға жеке хат жіберу',
    firstAlone: 'Құрметті прокурор мырза!',
  },
];

test.describe('on an Android phone', () => {
  test.use({ userAgent: ANDROID, viewport: { width: 390, height: 844 } });

  for (const journey of JOURNEYS) {
    test(`the whole journey in ${journey.tag}: shared link, article, campaign, details, every link decoded`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto(journey.article);
      await expect(page.locator('html')).toHaveAttribute('lang', journey.tag);
      await expectNoEnglish(page, journey.article);
      await page.locator('.cta').first().getByRole('link', { name: journey.act }).click();
      await expect(page).toHaveURL(new RegExp(`/${journey.tag}/campaigns/${DEMO.campaignSlug}$`));
      // The demo case's deadline (2010) has passed: the reader writes anyway.
      await openLetter(page);
      await page.getByLabel(journey.labels.name, { exact: true }).fill(journey.details[0]);
      await page.getByLabel(journey.labels.city, { exact: true }).fill(journey.details[1]);
      await page.getByLabel(journey.labels.country, { exact: true }).fill(journey.details[2]);
      await page.locator('#country-0').selectOption('DE');
      if (journey.language) await page.locator('#letter-language').selectOption(journey.language);
      const subject = await page.locator('#letter-subject').inputValue();
      const body = await page.locator('#letter-body').inputValue();
      expect(body.startsWith(`${journey.greeting}\n`), body.slice(0, 60)).toBe(true);
      expect(body).toContain(journey.details.slice(1).join(', '));
      await expectNoEnglish(page, 'the campaign page');
      // A phone carries the whole letter to its mail app, whatever the script.
      const links = await sendLinks(page);
      expect(Object.keys(links)).toContain(journey.mailApp);
      const to = 'gp-rk@mail.online.kz,kz-embassy.de@example.org';
      for (const [client, fields] of Object.entries(links)) {
        expect(fields.to, client).toBe(to);
        expect(fields.subject, client).toBe(subject);
        expect(fields.body, client).toBe(body.replace(/\n/g, '\r\n'));
      }
      // One by one, each recipient is greeted by their own salutation.
      await page.getByLabel(journey.oneByOne).check();
      const first = (await sendLinks(page))[journey.mailApp];
      expect(first.to).toBe('gp-rk@mail.online.kz');
      expect(first.body.startsWith(journey.firstAlone)).toBe(true);
    });
  }

  test('the whole journey in ar: the shared campaign link, right to left, every link decoded', async ({ page }) => {
    await page.goto(`/ar/articles/${DEMO.articleSlug}`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expectNoEnglish(page, 'the Arabic article page');
    await page.goto('/ar/campaigns/demo-free-the-port-strikers?country=DE');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('مثال: الحرية لعمال الميناء المضربين المحتجزين');
    await page.getByLabel('اسمك').fill('ليلى حسن');
    await page.getByLabel('مدينتك أو بلدتك').fill('الإسكندرية');
    await page.getByLabel('بلدك', { exact: true }).fill('مصر');
    const subject = await page.locator('#letter-subject').inputValue();
    const body = await page.locator('#letter-body').inputValue();
    expect(body.startsWith('معالي الوزير،\n')).toBe(true);
    await expectNoEnglish(page, 'the Arabic campaign page');
    const links = await sendLinks(page);
    expect(Object.keys(links)).toContain('افتح في تطبيق البريد');
    for (const [client, fields] of Object.entries(links)) {
      expect(fields.to, client).toBe('minister@example.org');
      expect(fields.subject, client).toBe(subject);
      expect(fields.body, client).toBe(body.replace(/\n/g, '\r\n'));
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

for (const tag of ['ru', 'kk', 'de', 'ar']) {
  test(`axe finds no violation in ${tag}, on the article and the campaign`, async ({ page }) => {
    for (const path of [`/${tag}/articles/${DEMO.articleSlug}`, `/${tag}/campaigns/${DEMO.campaignSlug}`, `/${tag}/`]) {
      await page.goto(path);
      expect(await axeViolations(page, AxeBuilder), path).toEqual([]);
    }
  });
}
