// Measures searching the archive as a reader on a phone would: on the
// search page, some words (the first query), then other words (a later
// query), each timed from the Enter key to the results on screen with the
// CPU slowed 4x through the DevTools protocol, with the bytes each moved
// over the wire (as served, so brotli when the server compresses). Prints
// JSON.
//
// usage: node bench/search.mjs <base url> <first words> <later words>
import { chromium } from '@playwright/test';

const [base, first, later] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

// Bytes on the wire per request (headers and body as served), the search
// worker's requests included.
let bytes = 0;
const files = [];
context.on('requestfinished', async (request) => {
  const sizes = await request.sizes();
  bytes += sizes.responseHeadersSize + sizes.responseBodySize;
  files.push(new URL(request.url()).pathname);
});
const take = async () => {
  await page.waitForTimeout(200);
  const taken = { bytes, files: [...files] };
  bytes = 0;
  files.length = 0;
  return taken;
};

const results = page.locator('.search-results > li').first();
const found = page.locator('.search-found');

// The page with its app, before any search: what the query itself costs
// comes after.
await page.goto(`${base}/search`, { waitUntil: 'networkidle' });
await page.locator('#search-words').waitFor();
const pageLoad = await take();

async function query(words) {
  const box = page.locator('#search-words');
  await box.fill(words);
  const started = Date.now();
  await box.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === words);
  // The count names the words, so the previous search's is never taken.
  await found.filter({ hasText: `“${words}”` }).waitFor();
  await results.waitFor();
  const shown = Date.now() - started;
  await page.waitForLoadState('networkidle');
  return { words, ms: shown, found: await found.textContent(), ...(await take()) };
}

// The page's own box searches in place: the first query loads Pagefind's
// script, worker, wasm and the index's entry and metadata, then the parts
// of the index and the excerpts it needs; a later query only those.
const firstQuery = await query(first);
const laterQuery = await query(later);
await browser.close();
process.stdout.write(JSON.stringify({ pageLoad, firstQuery, laterQuery }, null, 2));
