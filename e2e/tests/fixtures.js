// The `test` every spec uses: it fails a test on any console error or
// uncaught page error, so a panic or a broken fetch can never pass silently,
// on any dialog, which only injected script would open, on any
// Content-Security-Policy violation, and on any request off the origin.
import { test as base, expect } from '@playwright/test';
import { APP_START, NEEDS_APP, PRERENDERED, PRERENDERED_ID, START_WHEN_SEEN } from '../contract.js';

export const test = base.extend({
  // A pattern for console errors a test provokes on purpose, such as the
  // browser's own "Failed to load resource" line for a 404 it set up.
  expectedErrors: [null, { option: true }],
  // On a pre-rendered page, wait after each navigation until the app has
  // taken the page over, so a test types into the app and not into the
  // inert copy. An article starts the app only when its share panel comes
  // near the view: the wait scrolls there first, as a reader would, and
  // back to the top once the app runs. Tests of the pre-rendered page
  // itself turn this off.
  awaitTakeover: [true, { option: true }],
  // A campaign past its deadline keeps its letter behind "Write anyway":
  // open it after each navigation, as a reader who means to write does.
  // Tests of the notice itself turn this off.
  writeAnyway: [true, { option: true }],
  page: async ({ page, expectedErrors, baseURL, awaitTakeover, writeAnyway, javaScriptEnabled }, use) => {
    const problems = [];
    if (awaitTakeover && javaScriptEnabled) {
      // After each navigation or reload: the takeover, then the letter
      // behind "Write anyway" opened, focus and scroll back at the top.
      const settle = async () => {
        const startsWhenSeen = await reachAppPart(page);
        await page.waitForFunction((id) => !document.getElementById(id), PRERENDERED_ID, { timeout: 20_000 });
        if (startsWhenSeen) await page.evaluate(() => window.scrollTo(0, 0));
        const closed = page.locator('details.write-anyway:not([open]) > summary');
        if (writeAnyway && (await closed.count()) > 0) {
          await closed.first().click();
          await page.evaluate(() => {
            document.activeElement?.blur();
            window.scrollTo(0, 0);
          });
        }
      };
      for (const name of ['goto', 'reload']) {
        const navigate = page[name].bind(page);
        page[name] = async (...args) => {
          const response = await navigate(...args);
          await settle();
          return response;
        };
      }
    }
    // Every Content-Security-Policy violation is a failure, reported here
    // as the console error the check below catches.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
      });
    });
    // Nothing may leave the origin: no fonts, analytics or CDNs. Outbound
    // links are links; following one is not part of any test.
    const origin = new URL(baseURL).origin;
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== origin) {
        problems.push(`third-party request: ${request.url()}`);
      }
    });
    page.on('console', (msg) => {
      const text = msg.text();
      if (msg.type() === 'error' && !expectedErrors?.test(text)) {
        problems.push(`console error: ${text}`);
      }
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    // A dialog means some text ran as script: hostile input got through.
    page.on('dialog', async (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await use(page);
    expect(problems, 'the page logged errors').toEqual([]);
  },
});

export { expect };

/** Opens the letter a passed deadline keeps behind "Write anyway", once
 * the campaign's letter form is on the page, as a reader who means to
 * write does after moving inside the app. */
export async function openLetter(page) {
  await expect(page.locator('#letter-body')).toBeAttached();
  const closed = page.locator('details.write-anyway:not([open]) > summary');
  if ((await closed.count()) > 0) await closed.first().click();
}

// The demo content the app ships with.
export const DEMO = {
  articleSlug: 'kazakhstan-ainur-kurmanov-jailed',
  articleTitle: 'Kazakhstan: Socialist activist Ainur Kurmanov jailed for 14 days on trumped-up charges',
  campaignSlug: 'free-ainur-kurmanov',
  campaignTitle: 'Free Ainur Kurmanov',
};

// What Chromium logs for an HTTP error status or a failed request, which some
// tests cause on purpose.
export const NETWORK_ERROR_LOG = /^Failed to load resource: (the server responded with a status of (404|500|503)|net::ERR_)/;

// axe-core rule sets every accessibility check runs: WCAG 2.0, 2.1 and 2.2
// at A and AA, and axe's best practices.
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe's violations on the page, one line each (an empty list passes). */
export async function axeViolations(page, AxeBuilder) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

/**
 * On a pre-rendered page that starts the app when one of its parts comes
 * near the view (an article's share panel), scrolls that part into view as
 * a reader would; whether the page had one.
 */
export async function reachAppPart(page) {
  const waiting = `${PRERENDERED}[${APP_START}="${START_WHEN_SEEN}"] [${NEEDS_APP}]`;
  return page.evaluate((selector) => {
    const part = document.querySelector(selector);
    part?.scrollIntoView();
    return Boolean(part);
  }, waiting);
}

/** The paths under `prefix` the page requests from now on, in order. */
export function requestedUnder(page, prefix) {
  const paths = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith(prefix)) paths.push(path);
  });
  return paths;
}

/** Counts layout shifts not caused by input, from the page's first paint. */
export async function watchShifts(page) {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
