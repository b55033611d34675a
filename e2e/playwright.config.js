// Playwright runs the user journeys against the release build in dist/,
// in Debian's Chromium (Playwright cannot download its own browser here).
import { defineConfig } from '@playwright/test';
import { ARCHIVE_PORT, PORT, SERVE_DATA, SERVE_PORT, SUBPATH, SUBPATH_PORT } from './ports.js';

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? 'test-results/results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    // Dates are shown in the reader's language; pin it so assertions are stable.
    locale: 'en-GB',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // Without these, Chromium tries to reach outside hosts this machine cannot reach.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
  },
  webServer: [
    {
      command: `node serve.mjs ../dist ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // `cargo xtask test` builds this one for https://…/tocsin.
      command: `node serve.mjs ../target/subpath-dist ${SUBPATH_PORT} --prefix ${SUBPATH}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // `cargo xtask test` generates and builds this archive of 2,000 articles.
      command: `node serve.mjs ../target/archive-dist ${ARCHIVE_PORT}`,
      url: `http://127.0.0.1:${ARCHIVE_PORT}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // The writers' loop: `cargo xtask serve` on a fresh copy of the demo
      // content, which tests/serve.spec.js edits. Its release build reuses
      // the one `cargo xtask test` has just made, so it starts in seconds.
      command: `rm -rf ${SERVE_DATA} && cp -r ../public/data ${SERVE_DATA} && \
        cargo xtask serve --port ${SERVE_PORT} --data ${SERVE_DATA}`,
      url: `http://127.0.0.1:${SERVE_PORT}/`,
      reuseExistingServer: false,
      timeout: 600_000,
    },
  ],
});
