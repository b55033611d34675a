// Measures searching the archive as a reader on a phone would: on the
// search page, some words (the first query), then other words (a later
// query), each timed from the Enter key to the results on screen with the
// CPU slowed to the reference phone's speed by the yardstick
// (yardstick.mjs) through the DevTools protocol, with the bytes each moved
// over the wire (as served, so brotli when the server compresses). A first
// session in its own browser context warms the server, which compresses
// each file the first time it is asked for (a static host or CDN serves
// files compressed ahead); three fresh sessions follow, and the times are
// their medians. Prints JSON.
//
// usage: node bench/search.mjs <base url> <first words> <later words>
import { chromium } from '@playwright/test';
import { calibrate } from './yardstick.mjs';

const [base, first, later] = process.argv.slice(2);
const SESSIONS = 3;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

// One reader: the search page loaded, then the two queries.
async function session() {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
  const page = await context.newPage();
  const { rate } = await calibrate(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });

  // Bytes on the wire per request (headers and body as served).
  let bytes = 0;
  const files = [];
  context.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    const size = sizes.responseHeadersSize + sizes.responseBodySize;
    bytes += size;
    files.push({ path: new URL(request.url()).pathname, bytes: size });
  });
  const take = async () => {
    await page.waitForTimeout(200);
    const taken = { bytes, files: [...files] };
    bytes = 0;
    files.length = 0;
    return taken;
  };
  const found = page.locator('.search-found');

  // Timed in the page, from the Enter key's event to the frame after the
  // results (and their count, which names the words) are in the document,
  // so that the driver's own round trips to a slowed page do not count.
  async function query(words) {
    const box = page.locator('#search-words');
    await box.fill(words);
    await page.evaluate((words) => {
      window.__searchTiming = new Promise((resolve) => {
        let pressed;
        document.addEventListener('keydown', (event) => { pressed ??= event.timeStamp; }, { once: true, capture: true });
        const done = () => {
          const count = document.querySelector('.search-found');
          const shown = count?.textContent.includes(`“${words}”`) && document.querySelector('.search-results > li');
          if (!shown || pressed === undefined) return false;
          requestAnimationFrame(() => resolve(performance.now() - pressed));
          return true;
        };
        const watch = new MutationObserver(() => { if (done()) watch.disconnect(); });
        watch.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    }, words);
    await box.press('Enter');
    await page.waitForURL((url) => new URLSearchParams(url.hash.slice(1)).get('q') === words);
    const shown = await page.evaluate(() => window.__searchTiming);
    await page.waitForLoadState('networkidle');
    return { words, ms: Math.round(shown), found: await found.textContent(), ...(await take()) };
  }

  // The page with its app, before any search: what the query itself
  // costs comes after.
  await page.goto(`${base}/search`, { waitUntil: 'networkidle' });
  await page.locator('#search-words').waitFor();
  const pageLoad = await take();
  // The page's own box searches in place: the first query fetches the word
  // files, the slugs of the articles found and the first articles, the
  // index's list of word files having come while the reader typed (its
  // bytes count toward the first query); a later query what it lacks.
  const ready = pageLoad.files.filter((f) => f.path.includes('/data/search/'));
  const firstQuery = await query(first);
  firstQuery.bytes += ready.reduce((sum, f) => sum + f.bytes, 0);
  firstQuery.files.unshift(...ready);
  const laterQuery = await query(later);
  await context.close();
  return { pageLoad, firstQuery, laterQuery, cpuRate: rate };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
await session();
const sessions = [];
for (let n = 0; n < SESSIONS; n += 1) sessions.push(await session());
await browser.close();
const last = sessions[sessions.length - 1];
for (const key of ['firstQuery', 'laterQuery']) {
  last[key].runsMs = sessions.map((s) => s[key].ms);
  last[key].ms = median(last[key].runsMs);
}
process.stdout.write(JSON.stringify(last, null, 2));
