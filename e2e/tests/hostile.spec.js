// The hostile corpus (tests/hostile/corpus.json) through the UI: typed into
// every composer field, and put in every query parameter and route segment.
// Nothing runs as script, no element is injected, every link keeps an
// allowed scheme, and the mail links carry only subject, cc and body.
import { readFileSync } from 'node:fs';
import { test, expect, DEMO, NETWORK_ERROR_LOG } from './fixtures.js';

const corpus = JSON.parse(readFileSync(new URL('../../tests/hostile/corpus.json', import.meta.url), 'utf8'));
// As a JS string can hold them: lone surrogates included.
const STRINGS = [...corpus.strings, ...corpus.utf16.map((units) => String.fromCharCode(...units))];
const BIG = corpus.big.map(({ repeat, times }) => repeat.repeat(times));
const CAMPAIGN = `/campaigns/${DEMO.campaignSlug}`;

/** Checks the page in the browser; returns a list of what went wrong. */
function audit() {
  const wrong = [];
  // The site's own forms (the search box) go to a path on the site.
  const dangerous = 'script:not([src]), script[src]:not([src^="/"]), iframe, object, embed, base, form[action]:not([action^="/"]), form[action^="//"], [onerror], [onload], [onclick], [onfocus], [ontoggle]';
  // The loader is the one script in the head; the app renders the body.
  window.headScripts ??= document.head.querySelectorAll('script').length;
  if (document.head.querySelectorAll('script').length !== window.headScripts) wrong.push('a script was added to the head');
  const found = document.body.querySelector(dangerous);
  if (found) wrong.push(`injected: ${found.outerHTML.slice(0, 80)}`);
  for (const a of document.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href');
    // A path must stay one: `//host` and `/\\host` lead to another site.
    const onSite = href.startsWith('/') && new URL(href, location.href).origin === location.origin;
    const ok = onSite || href.startsWith('#') || /^(https:\/\/|mailto:|data:message\/rfc822;)/.test(href);
    if (!ok) wrong.push(`link: ${href.slice(0, 80)}`);
    if (/[\s\u0000-\u001f]/.test(href)) wrong.push(`raw control or space in a link: ${href.slice(0, 80)}`);
    if (href.startsWith('mailto:')) {
      const keys = href.split('?')[1].split('&').map((pair) => decodeURIComponent(pair.split('=')[0]));
      if (keys.some((k) => !['subject', 'cc', 'body'].includes(k))) wrong.push(`mailto parameter: ${keys}`);
    }
  }
  return wrong;
}

/** Types `value` into the field with `id` as a reader's browser would deliver it. */
async function typeInto(page, id, value) {
  await page.evaluate(([id, value]) => {
    const field = document.getElementById(id);
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set;
    setter.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }, [id, value]);
}

const FIELDS = ['sender-name', 'sender-city', 'sender-country', 'address-0', 'letter-subject', 'letter-body'];

test('every hostile string in every composer field: nothing escapes', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(CAMPAIGN);
  await expect(page.locator('#letter-body')).toBeVisible();
  for (const value of STRINGS) {
    for (const id of FIELDS) await typeInto(page, id, value);
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await page.evaluate(audit), JSON.stringify(value.slice(0, 40))).toEqual([]);
  }
  // The page still works: a plain reader can still send.
  await typeInto(page, 'sender-name', 'Anna Petrova');
  await typeInto(page, 'sender-city', 'Leeds');
  await typeInto(page, 'sender-country', 'United Kingdom');
  await typeInto(page, 'address-0', '');
  await page.getByRole('button', { name: "Start again from the campaign's letter" }).click();
  await expect(page.getByRole('link', { name: 'Gmail' })).toBeVisible();
});

test('megabyte strings in the composer fields are cut to each field\'s limit, and the page stays up', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(CAMPAIGN);
  await expect(page.locator('#letter-body')).toBeVisible();
  await typeInto(page, 'sender-name', 'Anna Petrova');
  await typeInto(page, 'sender-city', 'Leeds');
  await typeInto(page, 'sender-country', 'United Kingdom');
  for (const value of BIG) {
    await typeInto(page, 'letter-subject', value);
    await typeInto(page, 'letter-body', value);
    await typeInto(page, 'sender-city', value);
    await expect(page.locator('.too-long').first()).toBeVisible();
    // Limits count characters; JS counts UTF-16 units, two for an emoji.
    const length = async (id) => [...await page.locator(`#${id}`).inputValue()].length;
    expect(await length('letter-body')).toBeLessThanOrEqual(20_000);
    expect(await length('letter-subject')).toBeLessThanOrEqual(200);
    expect(await length('sender-city')).toBeLessThanOrEqual(100);
    expect(await page.evaluate(audit)).toEqual([]);
  }
});

test.describe('addresses', () => {
  // A valid-looking slug such as "0" is asked for, and is not there.
  test.use({ expectedErrors: NETWORK_ERROR_LOG });

test('every hostile string in every share-link parameter and route segment: a page, never a panic', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await expect(page.locator('main h1')).toBeVisible();
  // Moving inside the app as its own links do, so each address is routed
  // without reloading the wasm.
  const visit = (url) => page.evaluate((url) => {
    history.pushState(null, '', url);
    dispatchEvent(new PopStateEvent('popstate'));
  }, url);
  for (let i = 0; i < STRINGS.length; i += 1) {
    const value = STRINGS[i];
    const q = encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
    const addresses = [
      `${CAMPAIGN}?lang=${q}&country=${q}&variant=${q}&${q}=${q}`,
      `/campaigns/${q}`,
      `/articles/${q}`,
      `/tags/${q}`,
      `/archive/${q}/${q}`,
      `/page/${q}`,
    ];
    const url = addresses[i % addresses.length];
    await visit(url);
    await expect(page.locator('main h1')).toBeVisible();
    expect(await page.evaluate(audit), url).toEqual([]);
    if (i % addresses.length === 0) {
      await expect(page.locator('#letter-body')).toBeAttached();
      // Whatever the link asked for, the choices are the campaign's own.
      expect(['en', 'ru']).toContain(await page.locator('#letter-language').inputValue());
    }
    await visit('/');
  }
});

test('an address with a second slash, a backslash or an encoded one links only within the site', async ({ page }) => {
  for (const [url, language] of [
    ['/ru//evil.example/x', 'Язык'],
    ['/ru/\\evil.example/x', 'Язык'],
    ['/ru///evil.example/x', 'Язык'],
    ['/kk/%2F%2Fevil.example/x', 'Тіл'],
  ]) {
    await page.goto(url);
    await expect(page.locator('main h1')).toBeVisible();
    // The switcher offers the same address in English, on the site.
    const switcher = page.getByRole('navigation', { name: language });
    await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('href', /^\/([^/\\]|$)/);
    expect(await page.evaluate(audit), url).toEqual([]);
  }
});
});
