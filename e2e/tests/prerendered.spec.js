// Pre-rendered pages: what readers see before the app, without JavaScript,
// and when the app cannot start; the takeover moves nothing and waits for
// the first paint.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, DEMO, NETWORK_ERROR_LOG, axeViolations, openLetter, reachAppPart, watchShifts } from './fixtures.js';
import { APP, APP_FAILED, APP_LATE, APP_STATE, PRERENDERED } from '../contract.js';

test.describe('a pre-rendered page', () => {
  test.use({ awaitTakeover: false });

  test('a pre-rendered article reads at once, and the app takes it over without a shift', async ({ page }) => {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await watchShifts(page);
    await page.route(`**/data/articles/${DEMO.articleSlug}.json`, async (route) => { await held; await route.continue(); });
    await page.goto(`/articles/${DEMO.articleSlug}`);
    // The text is there before the app has its data.
    await expect(page.locator(`${PRERENDERED} h1`)).toHaveText(DEMO.articleTitle);
    await expect(page.getByRole('heading', { name: 'Regime fears opposition' })).toBeVisible();
    // The reader reaches the share panel, which starts the app.
    await page.locator(`${PRERENDERED} .share`).scrollIntoViewIfNeeded();
    await page.waitForRequest(`**/data/articles/${DEMO.articleSlug}.json`);
    release();
    await expect(page.locator(PRERENDERED)).toHaveCount(0);
    await expect(page.locator('main h1')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.articleTitle);
    // The app's own page is the one in view now.
    await expect(page.locator(APP)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Write a protest' }).first()).toBeVisible();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__shift)).toBeLessThan(0.02);
  });

  test('a pre-rendered campaign sends from the first paint, and what the reader typed before the app arrived is kept', async ({ page }) => {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await watchShifts(page);
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(`/campaigns/${DEMO.campaignSlug}`);
    // The demo's deadline has passed: the reader opens the form anyway.
    await page.locator(`${PRERENDERED} .write-anyway summary`).click();
    const box = page.locator(`${PRERENDERED} #letter-body`);
    const letter = await box.inputValue();
    // In the language the campaign's targets read, with prompts in words.
    expect(letter).toContain('Я решительно протестую');
    expect(letter).toContain('[your name]');
    expect(letter).not.toContain('{');
    // The mail link works before the app: here, a computer, it carries the
    // recipients and the subject, and the page asks for the letter to be copied.
    const send = page.locator(`${PRERENDERED} fieldset.send`);
    const link = send.locator('.on-desk a');
    await expect(link).toBeVisible();
    expect(await link.getAttribute('href')).toMatch(/^mailto:gp-rk@mail\.online\.kz\?subject=[^&]+$/);
    await expect(send.locator('.on-touch')).toBeHidden();
    await expect(send.getByText('copy the letter from this page')).toBeVisible();
    // The reader writes before the app has arrived.
    await page.locator(`${PRERENDERED} #sender-name`).fill('Anna Early');
    await box.fill(letter.replace('[your name]', 'Медсестра из Лидса.\n[your name]'));
    release();
    await expect(page.locator(PRERENDERED)).toHaveCount(0);
    await expect(page.locator('#write-anyway')).toHaveAttribute('open');
    await expect(page.locator('#sender-name')).toHaveValue('Anna Early');
    const kept = await page.locator('#letter-body').inputValue();
    expect(kept).toContain('Медсестра из Лидса.\nAnna Early');
    await expect(page.locator('#letter-subject')).not.toHaveValue('');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__shift)).toBeLessThan(0.02);
  });

  test('an article that is only read never fetches the app; reaching its share panel starts it, and a reader who tabbed there keeps the focus', async ({ page }) => {
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`/articles/${DEMO.articleSlug}`, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(500);
    // The page alone (its style, loader and icon inline): no app, no JSON.
    expect(fetched.filter((path) => /\.(wasm|json)$|\/tocsin-[0-9a-f]+\.js$/.test(path))).toEqual([]);
    await expect(page.locator(PRERENDERED)).toHaveCount(1);
    // Focusing the link field brings the panel into view, as tabbing does.
    await page.locator(`${PRERENDERED} #share-url`).focus();
    await expect(page.locator(PRERENDERED)).toHaveCount(0);
    await expect(page.locator('#share-url')).toBeFocused();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeEnabled();
    expect(fetched.some((path) => path.endsWith('.wasm'))).toBe(true);
  });

  test('a reader on the second of two alike links keeps the focus on that one when the app takes over', async ({ page }) => {
    await page.goto(`/articles/${DEMO.articleSlug}`);
    const calls = page.getByRole('link', { name: 'Write a protest' });
    await expect(calls).toHaveCount(2);
    await calls.nth(1).focus();
    await reachAppPart(page);
    await expect(page.locator(PRERENDERED)).toHaveCount(0);
    await expect(calls.nth(1)).toBeFocused();
  });

  for (const path of ['/', `/campaigns/${DEMO.campaignSlug}`]) {
    test(`${path}: the app's JS and wasm are fetched only after the page's first contentful paint`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator(PRERENDERED)).toHaveCount(0);
      const timing = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        app: performance.getEntriesByType('resource')
          .filter((r) => /\/tocsin-[0-9a-f]+(_bg\.wasm|\.js)$/.test(r.name))
          .map((r) => r.startTime),
      }));
      expect(timing.paint).toBeGreaterThan(0);
      expect(timing.app).toHaveLength(2);
      for (const start of timing.app) expect(start).toBeGreaterThan(timing.paint);
      // The page carries no preload of them either.
      await expect(page.locator('link[rel="modulepreload"], link[rel="preload"][href$=".wasm"]')).toHaveCount(0);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the article reads in full from its pre-rendered page, with its preview tags', async ({ page }) => {
    await page.goto(`/articles/${DEMO.articleSlug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.articleTitle);
    await expect(page.getByRole('heading', { name: 'Regime fears opposition' })).toBeVisible();
    await expect(page.getByText('Committee for a Workers\' International (CWI)').first()).toBeVisible();
    await expect(page).toHaveTitle(`${DEMO.articleTitle} · Tocsin`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', DEMO.articleTitle);
  });

  test('the campaign shows its demands and targets, and a plain mail link with the letter', async ({ page }) => {
    await page.goto(`/campaigns/${DEMO.campaignSlug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.campaignTitle);
    await expect(page.getByText('gp-rk@mail.online.kz').filter({ visible: true }).first()).toBeVisible();
    // The form needs scripts, so it gives way to the plain link.
    await expect(page.locator('form.composer')).toBeHidden();
    const link = page.getByRole('link', { name: 'Write the letter in your mail app' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^mailto:gp-rk@mail\.online\.kz\?subject=/);
    expect(decodeURIComponent(href)).toContain('[your name]');
    // The embassy needs the app: its addresses are there to copy.
    await expect(page.locator('.plain-letter').getByText('this page cannot add it for you')).toBeVisible();
    await expect(page.locator('.plain-letter .plain-directory').getByText('kz-embassy.de@example.org')).toBeVisible();
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

    test('the Russian page\'s mail link carries the whole Russian letter', async ({ page }) => {
      await page.goto(`/ru/campaigns/${DEMO.campaignSlug}`);
      await expect(page.locator('form.composer')).toBeHidden();
      const link = page.locator('.plain-letter .on-touch a');
      await expect(link).toBeVisible();
      await expect(page.locator('.plain-letter .on-desk')).toBeHidden();
      const href = await link.getAttribute('href');
      expect(href).not.toContain('+');
      const body = new URL(href).searchParams.get('body');
      // The collective greeting, the whole letter, and prompts in words.
      expect(body).toMatch(/^Уважаемые господа!/);
      expect(body).toContain('Я решительно протестую');
      expect(body).toContain('[ваше имя]');
      expect(body).not.toContain('{');
      const shown = await page.locator('.plain-letter .letter-body').innerText();
      expect(body.replace(/\r\n/g, '\n').trim()).toBe(shown.trim());
      await expect(page.locator('.plain-letter .on-touch .hint')).toContainText('с полным текстом письма');
    });
  });

  test('the front page, a tag, the archive and the campaigns list are pages to follow links through', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Tocsin');
    await expect(page.getByRole('heading', { name: 'Urgent actions' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest articles');
    await page.getByRole('link', { name: '#kazakhstan' }).first().click();
    await expect(page).toHaveURL('/tags/kazakhstan');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles tagged #kazakhstan');
    await expect(page.getByRole('link', { name: DEMO.articleTitle })).toBeVisible();
    await page.goto('/archive/2010/04');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archive: April 2010');
    await page.getByRole('link', { name: /March 2010/ }).click();
    await expect(page).toHaveURL('/archive/2010/03');
    await page.getByRole('link', { name: 'Campaigns' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Campaigns');
    await page.getByRole('link', { name: DEMO.campaignTitle }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.campaignTitle);
  });
});

test.describe('when the app cannot start', () => {
  test.use({ awaitTakeover: false, expectedErrors: NETWORK_ERROR_LOG });

  test('the pre-rendered campaign offers the plain mail link in place of the composer, and the article still reads', async ({ page }) => {
    await page.route('**/*.wasm', (route) => route.abort('internetdisconnected'));
    await page.goto(`/campaigns/${DEMO.campaignSlug}`);
    await expect(page.locator('html')).toHaveAttribute(APP_STATE, APP_FAILED);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.campaignTitle);
    await expect(page.locator('form.composer')).toBeHidden();
    const link = page.getByRole('link', { name: 'Write the letter in your mail app' });
    await expect(link).toBeVisible();
    expect(await link.getAttribute('href')).toMatch(/^mailto:gp-rk@mail\.online\.kz\?subject=/);
    expect(await axeViolations(page, AxeBuilder)).toEqual([]);
    await page.goto(`/articles/${DEMO.articleSlug}`);
    await expect(page.getByRole('heading', { name: 'Regime fears opposition' })).toBeVisible();
    // The article tries to start the app once its share panel is near; the
    // buttons that would need it go, the plain links stay.
    await reachAppPart(page);
    await expect(page.locator('html')).toHaveAttribute(APP_STATE, APP_FAILED);
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await expect(page.getByRole('list', { name: 'Share on' }).getByRole('link').first()).toBeVisible();
  });

  test('on a network that hangs, the campaign offers the plain mail link after a while, and the app still takes over when it comes', async ({ page }) => {
    test.setTimeout(45_000);
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(`/campaigns/${DEMO.campaignSlug}`);
    const link = page.getByRole('link', { name: 'Write the letter in your mail app' });
    await expect(link).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute(APP_STATE, APP_LATE, { timeout: 15_000 });
    await expect(link).toBeVisible();
    await expect(page.locator('form.composer')).toBeHidden();
    expect(await axeViolations(page, AxeBuilder)).toEqual([]);
    release();
    await expect(page.locator(PRERENDERED)).toHaveCount(0);
    await expect(page.locator('html')).not.toHaveAttribute(APP_STATE);
    await openLetter(page);
    await expect(page.locator('form.composer')).toBeVisible();
    await expect(page.locator('#letter-body')).toBeEnabled();
  });

  test('while the app runs, the plain mail link stays out of sight', async ({ page }) => {
    await page.goto(`/campaigns/${DEMO.campaignSlug}`);
    await expect(page.getByRole('link', { name: 'Write the letter in your mail app' })).toBeHidden();
    await expect(page.locator(PRERENDERED)).toHaveCount(0);
    await openLetter(page);
    await expect(page.locator('form.composer')).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute(APP_STATE, APP_FAILED);
  });
});
