// Composer responsiveness: with the CPU slowed to the reference phone's
// speed by the yardstick (yardstick.mjs) through the DevTools protocol, types 200 keystrokes into a 3,000-character letter and prints,
// as JSON, each keystroke's input-to-next-paint and the longest task seen.
//
// Input-to-next-paint is measured in the page: from the keydown event's
// timestamp to a message posted from the next animation frame, which runs
// once that frame's style, layout and paint are done.
//
// usage: node bench/composer.mjs <base url> <campaign route> > composer.json
import { chromium } from '@playwright/test';
import { calibrate } from './yardstick.mjs';

const [base, route] = process.argv.slice(2);
const KEYSTROKES = 200;
const LETTER_CHARS = 3000;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
const { rate } = await calibrate(page);
await page.goto(base + route);
// The app's composer is what is measured: once it has taken the page over,
// the reader opens "Write anyway" where the campaign's deadline has passed.
await page.waitForFunction(() => !document.getElementById('prerendered'), null, { timeout: 60_000 });
const anyway = page.locator('#write-anyway');
if ((await anyway.count()) && !(await anyway.evaluate((details) => details.open))) {
  await anyway.locator('summary').click();
}
await page.getByLabel('Your name').fill('Anna Petrova');
await page.getByLabel('Your town or city').fill('Leeds');
await page.getByLabel('Your country', { exact: true }).fill('United Kingdom');
const letter = page.getByLabel('Letter', { exact: true });
const text = await letter.inputValue();
let long = text;
while (long.length < LETTER_CHARS) long += `\n\n${text}`;
await letter.fill(long.slice(0, LETTER_CHARS));
await page.getByRole('link', { name: 'Gmail' }).waitFor();
await letter.focus();
await page.keyboard.press('Control+End');

await page.evaluate(() => {
  window.benchSamples = [];
  window.benchLongest = 0;
  document.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.benchSamples.push(performance.now() - start);
      channel.port2.postMessage(null);
    });
  }, { capture: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.benchLongest = Math.max(window.benchLongest, entry.duration);
    }
  }).observe({ type: 'longtask' });
});

const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate });
const typed = 'We urge you to act now. '.repeat(10).slice(0, KEYSTROKES);
await page.keyboard.type(typed, { delay: 60 });
await page.waitForFunction((n) => window.benchSamples.length >= n, KEYSTROKES);
const value = await letter.inputValue();
if (!value.endsWith(typed)) throw new Error('the letter did not receive every keystroke');
const result = await page.evaluate(() => ({ samples_ms: window.benchSamples, longest_task_ms: window.benchLongest }));
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
await browser.close();
process.stdout.write(JSON.stringify({ letter_chars: LETTER_CHARS, keystrokes: KEYSTROKES, cpu_rate: rate, ...result }));
