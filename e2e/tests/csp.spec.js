// The site's security headers, as the e2e server serves them from
// dist/_headers: every test in the suite runs under this policy, and the
// fixture fails any test with a violation or a request off the origin.
import { createHash } from 'node:crypto';
import { PRERENDERED } from '../contract.js';
import { test, expect, DEMO } from './fixtures.js';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The policy allowing the page's own inline script and `style`: a page's
 * `<meta>` names its style by its hash; the header, one for every page,
 * allows inline style, which applies only where both policies allow it.
 */
function policyFor({ script, style }) {
  return `default-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${sha256(script)}; style-src 'self' ${style}; img-src 'self' data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'`;
}

/** The page's `<meta>` policy: the header's for its own style, less what only a header carries. */
const metaPolicyFor = ({ script, style }) =>
  policyFor({ script, style: sha256(style) }).replace("; frame-ancestors 'self'", '');

/** The text of the one element `tag` in `html` that the build writes inline. */
function onlyInline(html, tag) {
  const found = [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))];
  expect(found, tag).toHaveLength(1);
  return found[0][1];
}

/** The page's own inline script (the loader) and style (the stylesheets). */
const ownOf = (html) => ({ script: onlyInline(html, 'script'), style: onlyInline(html, 'style') });

const DATA_POLICY = "sandbox; default-src 'none'; img-src 'self'";

test('pages come with the strict policy and the other security headers', async ({ page }) => {
  const POLICY = policyFor({ ...ownOf(await (await page.request.get('/')).text()), style: "'unsafe-inline'" });
  for (const path of ['/', `/campaigns/${DEMO.campaignSlug}`, `/data/campaigns/${DEMO.campaignSlug}.json`, '/i18n/ru.txt']) {
    const response = await page.request.get(path);
    const headers = response.headers();
    // Editors' and translators' files come sandboxed as well.
    const policy = /^\/(data|i18n)\//.test(path) ? `${POLICY}, ${DATA_POLICY}` : POLICY;
    expect(headers['content-security-policy']).toBe(policy);
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['permissions-policy']).toContain('camera=()');
  }
});

test("the page's one script is the loader, inline, which starts the app's files", async ({ page }) => {
  const html = await (await page.request.get('/')).text();
  expect(html).not.toMatch(/<script[^>]*\bsrc=/);
  const { script } = ownOf(html);
  expect(script).toMatch(/import\((['"])\/tocsin-[0-9a-f]+\.js\1\)/);
  expect(script).toMatch(/fetch\((['"])\/tocsin-[0-9a-f]+_bg\.wasm\1\)/);
});

test('every page holds the same script, and the style rules its own HTML uses, the ones its policy allows', async ({ page }) => {
  // The bare app, for any address, holds the whole stylesheet; the file
  // the loader fetches for the app is the same text.
  const bare = ownOf(await (await page.request.get('/no-such-page')).text());
  const file = bare.script.match(/href:(['"])(\/style-[0-9a-f]+\.css)\1/);
  expect(file, 'the whole stylesheet the loader fetches').not.toBeNull();
  expect(await (await page.request.get(file[2])).text()).toBe(bare.style);
  for (const path of ['/', `/articles/${DEMO.articleSlug}`, `/ru/campaigns/${DEMO.campaignSlug}`, '/no-such-page']) {
    const html = await (await page.request.get(path)).text();
    const own = ownOf(html);
    expect(own.script, path).toBe(bare.script);
    expect(own.style.length, path).toBeGreaterThan(1000);
    if (path !== '/no-such-page') expect(own.style.length, path).toBeLessThan(bare.style.length * 0.8);
    expect(html, path).not.toMatch(/rel="?stylesheet/);
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
    expect(meta, path).not.toBeNull();
    expect(meta[1].replaceAll('&#39;', "'"), path).toBe(metaPolicyFor(own));
  }
});

test.describe('a pre-rendered page', () => {
  test.use({ awaitTakeover: false });

  test('gets the whole stylesheet once the app starts, with nothing moved', async ({ page }) => {
    // The app's JS is held back until the pre-rendered page is measured.
    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await page.route(/\/tocsin-[0-9a-f]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/campaigns/${DEMO.campaignSlug}`);
    const before = await page.locator(`${PRERENDERED} main h1`).boundingBox();
    expect(before).not.toBeNull();
    release();
    await expect(page.locator(PRERENDERED)).toHaveCount(0, { timeout: 20_000 });
    const sheets = await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href));
    expect(sheets.filter(Boolean)).toEqual([expect.stringMatching(/\/style-[0-9a-f]+\.css$/)]);
    expect(await page.locator('main h1').boundingBox()).toEqual(before);
  });
});

/** Adds an inline script to the page; whether it ran. */
function injectScript(page) {
  return page.evaluate(() => {
    window.injected = false;
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    return window.injected;
  });
}

test.describe('a violation', () => {
  test.use({ expectedErrors: /CSP violation|Content Security Policy/ });

  test('an injected inline script is blocked and reported', async ({ page }) => {
    await page.goto(`/campaigns/${DEMO.campaignSlug}`);
    await expect(page.locator('main h1')).toHaveText(DEMO.campaignTitle);
    const reported = page.waitForEvent('console', (msg) => msg.text().startsWith('CSP violation: script-src'));
    const ran = await injectScript(page);
    expect(ran).toBe(false);
    await reported;
  });

  test('an injected inline style is blocked, while the page keeps its own', async ({ page }) => {
    await page.goto(`/articles/${DEMO.articleSlug}`);
    await expect(page.locator('main h1')).toHaveText(DEMO.articleTitle);
    const skipLink = page.locator('.skip-link');
    const styled = await skipLink.evaluate((link) => getComputedStyle(link).position);
    expect(styled).toBe('absolute');
    const reported = page.waitForEvent('console', (msg) => msg.text().startsWith('CSP violation: style-src'));
    const hidden = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'main { display: none }';
      document.head.append(style);
      return getComputedStyle(document.querySelector('main')).display === 'none';
    });
    expect(hidden).toBe(false);
    await reported;
  });
});

test.describe('on a host that sends no headers (a mirror, GitHub Pages)', () => {
  test.use({ expectedErrors: /CSP violation|Content Security Policy/ });

  test("the page's own policy still blocks an injected script, and links send no referrer", async ({ page }) => {
    // Every answer loses the site's security headers, as on a mirror.
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      for (const name of ['content-security-policy', 'referrer-policy', 'permissions-policy']) delete headers[name];
      await route.fulfill({ response, headers });
    });
    await page.goto(`/campaigns/${DEMO.campaignSlug}`);
    await expect(page.locator('main h1')).toHaveText(DEMO.campaignTitle);
    const ran = await injectScript(page);
    expect(ran).toBe(false);
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  });
});
