// Lists every file the first load of each route fetches, in a fresh browser
// context (empty cache), as the benchmark's byte count needs.
//
// usage: node bench/first-load.mjs <base url> <route>... > requests.json
import { chromium } from '@playwright/test';

const [base, ...routes] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const result = {};
for (const route of routes) {
  // A phone's screen, as Lighthouse's mobile profile has: what starts on
  // view (an article's app, with its share panel far down) depends on it.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
  const page = await context.newPage();
  const fetched = new Set();
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(base).origin) fetched.add(url.pathname);
  });
  await page.goto(base + route, { waitUntil: 'networkidle' });
  await page.locator('main h1').waitFor();
  result[route] = [...fetched].sort();
  await context.close();
}
await browser.close();
process.stdout.write(JSON.stringify(result, null, 2));
