// Runs Lighthouse (mobile default profile, simulated throttling) on each URL,
// a fresh headless Chromium for every run, and prints each run's scores and
// timings as JSON. The bench takes the medians. Each run's CPU slowdown is
// the yardstick's (yardstick.mjs), timed in that Chromium just before.
//
// usage: node bench/lighthouse.mjs <runs> <url>... > lighthouse.json
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { calibrate } from './yardstick.mjs';

const [runs, ...urls] = process.argv.slice(2);

// Starts Chromium with a DevTools port of its own choosing and resolves to
// that port once Chromium says it is listening.
async function launch() {
  const profile = await mkdtemp(join(tmpdir(), 'tocsin-lh-'));
  const chromium = spawn('/usr/bin/chromium', [
    '--headless=new', '--no-sandbox', '--no-first-run', '--disable-sync',
    '--disable-background-networking', '--disable-component-update',
    '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise((resolve, reject) => {
    let seen = '';
    chromium.stderr.on('data', (chunk) => {
      seen += chunk;
      const found = seen.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (found) resolve(Number(found[1]));
    });
    chromium.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${seen}`)));
  });
  const exited = new Promise((resolve) => chromium.once('exit', resolve));
  return {
    port,
    close: async () => {
      chromium.kill();
      await exited;
      await rm(profile, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

// Times the yardstick in a blank tab of the Chromium on `port`, then lets
// go of it for Lighthouse.
async function calibrateIn(port) {
  const connected = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await connected.contexts()[0].newPage();
    const yardstick = await calibrate(page);
    await page.close();
    return yardstick;
  } finally {
    await connected.close();
  }
}

const result = {};
for (const url of urls) {
  result[url] = [];
  for (let i = 0; i < Number(runs); i += 1) {
    const browser = await launch();
    try {
      const yardstick = await calibrateIn(browser.port);
      const { lhr } = await lighthouse(url, {
        port: browser.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        throttling: { cpuSlowdownMultiplier: yardstick.rate },
      });
      if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
      const audit = (id) => lhr.audits[id]?.numericValue ?? null;
      result[url].push({
        performance: lhr.categories.performance.score,
        accessibility: lhr.categories.accessibility.score,
        best_practices: lhr.categories['best-practices'].score,
        seo: lhr.categories.seo.score,
        fcp_ms: audit('first-contentful-paint'),
        lcp_ms: audit('largest-contentful-paint'),
        tbt_ms: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        speed_index_ms: audit('speed-index'),
        cpu_rate: yardstick.rate,
        warnings: lhr.runWarnings,
      });
    } finally {
      await browser.close();
    }
  }
}
process.stdout.write(JSON.stringify(result, null, 2));
