// Measures the campaign page's real moments, when the reader can send, under
// Lighthouse's mobile conditions applied through the DevTools protocol (the
// CPU slowed to the reference phone's speed by the yardstick, yardstick.mjs;
// 1.6 Mbps down, 750 kbps up, 150 ms round trip), each run in a fresh
// context, from navigation start to:
//   (a) a mail link with the letter that the reader can use: the first
//       visible mailto link with a body (the pre-rendered page's, which
//       sends before the app arrives, or the composer's own), painted: no
//       earlier than the page's first contentful paint;
//   (b) the composer ready: its first send link enabled, the reader having
//       typed a name, a town and a country as soon as the fields took input,
//       the app having carried them across its takeover.
// A campaign whose deadline has passed keeps its letter behind "Write
// anyway", which the reader opens the moment the page has painted.
// Each run visits the page twice: first with nothing cached, then again, as
// a reader coming back, with the wasm and scripts in the browser's cache
// (the server sends them as a static host would, immutable by their hashed
// names). The static floor page is loaded as often, under the same
// conditions, for its first contentful paint, which (a) is held to.
// Timestamps are taken in the page (performance.now(), from navigation
// start). Prints JSON: each URL's runs and medians, the floor's among them.
//
// usage: node bench/sendable.mjs <runs> <floor url> <url> [<url> …]
import { chromium } from '@playwright/test';
import { calibrate } from './yardstick.mjs';

const [runsArg, floorUrl, ...urls] = process.argv.slice(2);
const runs = Number(runsArg);
if (!runs || !floorUrl || urls.length === 0) {
  console.error('usage: node bench/sendable.mjs <runs> <floor url> <url> [<url> …]');
  process.exit(2);
}

// Watches the page from its first frame and notes when each moment comes.
const watch = () => {
  window.__sendable = {};
  const note = (name, at = performance.now()) => {
    window.__sendable[name] ??= at;
  };
  // The first paint is reported just after it: a mail link on the page by
  // then was in it (the parser yields to paint, and rarely gets further
  // before the report), so it counts from the paint.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntriesByName('first-contentful-paint')) {
      note('fcp', entry.startTime);
      if (mailLink()) note('mailLink', entry.startTime);
    }
  }).observe({ type: 'paint', buffered: true });
  // Chromium keeps a closed <details>' content laid out but hidden, which
  // only checkVisibility sees.
  const visible = (el) => el.checkVisibility({ visibilityProperty: true });
  // Whether a mail link with a letter is there to tap. The share panel's
  // email carries the page's address, not a letter.
  const mailLink = () => [...document.querySelectorAll('a[href^="mailto:"][href*="body="]')]
    .some((link) => visible(link) && !link.closest('fieldset[disabled], .share'));
  const check = () => {
    // A reader opens it once it is painted, not before.
    const anyway = document.getElementById('write-anyway');
    if (anyway && !anyway.open && window.__sendable.fcp !== undefined) anyway.open = true;
    if (mailLink()) note('mailLink');
    const typed = ['sender-name', 'sender-city', 'sender-country'].every((id) => document.getElementById(id)?.value);
    const send = document.querySelector('fieldset.send:not([disabled]) .send-buttons a[href]');
    if (typed && send && visible(send)) note('sendLink');
  };
  window.__sendableCheck = check;
  // Checked once a frame from the first contentful paint on, before which
  // nothing is on screen: checking while the HTML is parsed would force
  // style and layout between its chunks and delay the very paint measured.
  const frame = () => {
    if (window.__sendable.fcp !== undefined) check();
    if (window.__sendable.sendLink === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
// One visit of `url` in `page`, under the conditions set on it: the moments
// the page noted; on the floor page, only its first contentful paint.
async function visit(page, url, { floor = false } = {}) {
  await page.goto(url, { waitUntil: 'commit' });
  if (floor) {
    await page.waitForFunction(() => window.__sendable.fcp !== undefined, null, { timeout: 60_000 });
    return page.evaluate(() => window.__sendable);
  }
  // The reader types as soon as the fields take input (the pre-rendered
  // form's, carried across the takeover): checked in the page at every
  // frame, where a fill's own waiting would retry with back-off and add up
  // to half a second.
  await page.waitForFunction(() => {
    const field = document.getElementById('sender-name');
    return field && !field.matches(':disabled') && field.getClientRects().length > 0;
  }, null, { polling: 'raf', timeout: 60_000 });
  // While the app builds its page hidden beside the pre-rendered one, each
  // field is there twice; the reader types into the one they see.
  const field = (id) => page.locator(`#${id}:visible`).first();
  await field('sender-name').fill('Anna Petrova');
  await field('sender-city').fill('Leeds');
  await field('sender-country').fill('United Kingdom');
  await page.evaluate(() => {
    window.__sendable.typed = performance.now();
    window.__sendableCheck();
  });
  await page.waitForFunction(() => window.__sendable.sendLink !== undefined, null, { timeout: 60_000 });
  const moments = await page.evaluate(() => window.__sendable);
  // A link is usable once it is painted.
  if (moments.mailLink !== undefined) moments.mailLink = Math.max(moments.mailLink, moments.fcp ?? 0);
  return moments;
}

// `runs` of `url`, each in a fresh context under the phone's conditions.
async function measure(url, { floor = false } = {}) {
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const { rate } = await calibrate(page);
    await page.addInitScript(watch);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const first = await visit(page, url, { floor });
    if (floor) {
      samples.push({ fcp: first.fcp, cpuRate: rate });
    } else {
      await page.goto('about:blank');
      const repeat = await visit(page, url);
      samples.push({ ...first, repeatSendLink: repeat.sendLink, cpuRate: rate });
    }
    await context.close();
  }
  // A moment that never came is left out.
  const pick = (key) => {
    const values = samples.map((s) => s[key]).filter((v) => v !== undefined);
    return values.length ? median(values) : null;
  };
  return {
    runs: samples,
    median: {
      fcpMs: pick('fcp'),
      mailLinkMs: pick('mailLink'),
      typedMs: pick('typed'),
      sendLinkMs: pick('sendLink'),
      repeatSendLinkMs: pick('repeatSendLink'),
    },
  };
}

const results = { [floorUrl]: await measure(floorUrl, { floor: true }) };
for (const url of urls) results[url] = await measure(url);
await browser.close();
process.stdout.write(JSON.stringify(results, null, 2));
