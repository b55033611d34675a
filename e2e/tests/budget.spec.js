// The cheap size checks that run with every test run (the full bench,
// `cargo xtask bench`, does not): what the first load of an article fetches
// on a phone, and the app's wasm, brotli at quality 11 with the bench's
// window, against `bench/budget.toml`, so that nothing grows unseen.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { test, expect, DEMO } from './fixtures.js';

/** A number from `bench/budget.toml`: `key = value` under `[table]`. */
function budget(table, key) {
  const text = readFileSync(new URL('../../bench/budget.toml', import.meta.url), 'utf8');
  const section = text.split(/^\[/m).find((part) => part.startsWith(`${table}]`));
  const value = section?.match(new RegExp(`^${key}\\s*=\\s*([0-9.]+)`, 'm'))?.[1];
  if (value === undefined) throw new Error(`bench/budget.toml has no ${table}.${key}`);
  return Number(value);
}

const brotli = (body) =>
  brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 22 },
  }).length;

test('the first load of an article fits its byte budget and fetches no app', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
  const page = await context.newPage();
  const sizes = new Map();
  page.on('response', async (response) => {
    sizes.set(new URL(response.url()).pathname, brotli(await response.body()));
  });
  await page.goto(`/articles/${DEMO.articleSlug}`, { waitUntil: 'networkidle' });
  await expect(page.locator('main h1')).toHaveText(DEMO.articleTitle);
  const files = [...sizes.keys()];
  expect(files.filter((path) => /\.(wasm|json)$/.test(path))).toEqual([]);
  const total = [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0);
  const limit = budget('bytes', 'article_first_load_brotli_kb') * 1000;
  expect(total, `${files.join(', ')}: ${total} B brotli`).toBeLessThanOrEqual(limit);
  // The page alone: its style, loader and icon are inline.
  expect(files).toEqual([`/articles/${DEMO.articleSlug}`]);
  await context.close();
});

test('the wasm, as a campaign page fetches it, is within its ceiling', async ({ page }) => {
  const wasm = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('.wasm'));
  await page.goto(`/campaigns/${DEMO.campaignSlug}`);
  const bytes = brotli(await (await wasm).body());
  const limit = budget('bytes', 'wasm_brotli_kb') * 1000;
  expect(bytes, `the wasm is ${bytes} B brotli`).toBeLessThanOrEqual(limit);
});
