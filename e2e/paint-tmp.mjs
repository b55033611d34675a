import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (let i = 0; i < 8; i++) {
  const page = await browser.newPage();
  await page.goto('http://127.0.0.1:4290/campaigns/free-ainur-kurmanov');
  await page.waitForTimeout(1500);
  console.log(await page.evaluate(() => JSON.stringify({
    fcp: performance.getEntriesByName('first-contentful-paint').map((e) => Math.round(e.startTime)),
    wasm: performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm')).map((r) => Math.round(r.startTime)),
  })));
  await page.close();
}
await browser.close();
