// The bench's yardstick for the speed of the browser it runs in: a fixed
// piece of work, timed in a page just before each measure. The bench slows
// the CPU by the rate that makes this work take as long as on the reference
// phone, whatever else the machine is doing at that minute, so every time it
// reports is the measure over the yardstick, written in the reference
// phone's milliseconds. A machine that is twice as busy gets half the
// slowdown; the budgets judge the code, not the minute.
//
// The reference phone is this kind of machine, quiet, slowed 4x (the
// slowdown Lighthouse's mobile profile applies): the work below takes about
// PHONE_MS there.
export const PHONE_MS = 100;

// Passes timed; the yardstick is their median, after some that warm up the
// JavaScript engine.
const PASSES = 9;
const WARM_UP = 20;

// One pass, run in the page: text work like a letter's templating, then DOM
// work like a render (paragraphs built, laid out and removed). Returns its
// milliseconds.
function pass() {
  const started = performance.now();
  const words = [];
  for (let i = 0; i < 12000; i += 1) words.push(`word${(i * 7919) % 1000}`);
  let text = words.join(' ');
  for (let i = 0; i < 30; i += 1) text = text.split(`word${i} `).join(`{name${i}} `);
  const box = document.createElement('div');
  for (let i = 0; i < 900; i += 1) {
    const paragraph = document.createElement('p');
    paragraph.textContent = text.slice(i * 40, i * 40 + 200);
    box.append(paragraph);
  }
  document.body.append(box);
  // Reading a size makes the browser work out style and layout now.
  if (box.offsetHeight < 0) throw new Error('a box has no negative height');
  box.remove();
  return performance.now() - started;
}

// Times the yardstick in `page` (a blank page of the browser under test,
// unthrottled) and returns it with the CPU slowdown that brings it to the
// reference phone's speed. A machine slower than the phone even
// unthrottled gets no slowdown (rate 1), and its times come out above the
// phone's.
export async function calibrate(page) {
  await page.goto('about:blank');
  await page.evaluate(`window.yardstickPass = ${pass}`);
  const times = [];
  for (let i = 0; i < WARM_UP + PASSES; i += 1) times.push(await page.evaluate(() => window.yardstickPass()));
  const sorted = times.slice(WARM_UP).sort((a, b) => a - b);
  const workMs = sorted[Math.floor(sorted.length / 2)];
  return { workMs, rate: Math.max(1, PHONE_MS / workMs) };
}
