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
// anyway", which the reader opens the moment the page has painted; the
// opening's own time, to the frame that shows the letter, is added.
// Each run visits the page twice: first with nothing cached, then again, as
// a reader coming back, with the wasm and scripts in the browser's cache
// (the server sends them as a static host would, immutable by their hashed
// names). The static floor page is loaded as often, under the same
// conditions and in turn with them, for its first contentful paint, which
// (a) is held to.
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
// Nothing runs in the page before its first contentful paint: a check
// while the HTML is parsed would force style and layout between its chunks
// and delay the very paint measured, the more the longer the page.
const watch = () => {
  window.__sendable = {};
  const note = (name, at = performance.now()) => {
    window.__sendable[name] ??= at;
  };
  // Chromium keeps a closed <details>' content laid out but hidden, which
  // only checkVisibility sees.
  const visible = (el) => el.checkVisibility({ visibilityProperty: true });
  // Whether a mail link with a letter is there to tap. The share panel's
  // email carries the page's address, not a letter.
  const mailLink = () => [...document.querySelectorAll('a[href^="mailto:"][href*="body="]')]
    .some((link) => visible(link) && !link.closest('fieldset[disabled], .share'));
  let revealing = false;
  // A campaign whose deadline has passed keeps its letter behind "Write
  // anyway", which the reader opens the moment the page has painted: its
  // link sends at that paint plus the opening's own time, from the click
  // to the frame that shows the letter. The paint is reported a frame or
  // more after it happens, so the opening is timed on its own and added.
  const reveal = (paint) => {
    const anyway = document.getElementById('write-anyway');
    if (!anyway || anyway.open) return;
    revealing = true;
    const start = performance.now();
    anyway.open = true;
    requestAnimationFrame(() => setTimeout(() => {
      revealing = false;
      if (mailLink()) note('mailLink', paint + performance.now() - start);
    }));
  };
  const check = () => {
    if (!revealing && mailLink()) note('mailLink');
    const typed = ['sender-name', 'sender-city', 'sender-country'].every((id) => document.getElementById(id)?.value);
    const send = document.querySelector('fieldset.send:not([disabled]) .send-buttons a[href]');
    if (typed && send && visible(send)) note('sendLink');
  };
  window.__sendableCheck = check;
  // Checked once a frame from the first contentful paint on.
  const frame = () => {
    check();
    if (window.__sendable.sendLink === undefined) requestAnimationFrame(frame);
  };
  let painted;
  window.__sendablePainted = new Promise((resolve) => {
    painted = resolve;
  });
  // A mail link on the page when its first paint is reported was in that
  // paint (the parser yields to paint, and rarely gets further before the
  // report), so it counts from the paint.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntriesByName('first-contentful-paint')) {
      note('fcp', entry.startTime);
      if (mailLink()) note('mailLink', entry.startTime);
      else reveal(entry.startTime);
      painted();
      requestAnimationFrame(frame);
    }
  }).observe({ type: 'paint', buffered: true });
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
  // Waited for from outside the page's frames, so that nothing polls
  // before the first paint.
  // The timer is cleared once the paint came: a pending one would keep
  // the bench running for its minute after the last visit.
  let timer;
  await Promise.race([
    page.evaluate(() => window.__sendablePainted),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${url}: no first contentful paint`)), 60_000);
    }),
  ]).finally(() => clearTimeout(timer));
  if (floor) return page.evaluate(() => window.__sendable);
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
  return page.evaluate(() => window.__sendable);
}

// One run of `url` in a fresh context under the phone's conditions.
async function sample(url, { floor = false } = {}) {
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
  let result;
  if (floor) {
    result = { fcp: first.fcp, cpuRate: rate };
  } else {
    await page.goto('about:blank');
    const repeat = await visit(page, url);
    result = { ...first, repeatSendLink: repeat.sendLink, cpuRate: rate };
  }
  await context.close();
  return result;
}

// Each URL's runs and medians. The pages take turns, the floor first in
// each round, so that a minute when the machine is slow (its speed swings
// between minutes) weighs on every page alike rather than on one.
const samples = new Map([floorUrl, ...urls].map((url) => [url, []]));
for (let run = 0; run < runs; run += 1) {
  for (const url of samples.keys()) samples.get(url).push(await sample(url, { floor: url === floorUrl }));
}
await browser.close();
// A moment that never came is left out.
const summary = (runsOfUrl) => {
  const pick = (key) => {
    const values = runsOfUrl.map((s) => s[key]).filter((v) => v !== undefined);
    return values.length ? median(values) : null;
  };
  return {
    runs: runsOfUrl,
    median: {
      fcpMs: pick('fcp'),
      mailLinkMs: pick('mailLink'),
      typedMs: pick('typed'),
      sendLinkMs: pick('sendLink'),
      repeatSendLinkMs: pick('repeatSendLink'),
    },
  };
};
const results = Object.fromEntries([...samples].map(([url, runsOfUrl]) => [url, summary(runsOfUrl)]));
process.stdout.write(JSON.stringify(results, null, 2));
