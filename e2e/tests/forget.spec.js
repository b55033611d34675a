// "Forget my details" and unticking "Remember my details" hold for the whole
// visit: a draft of another campaign, opened earlier in the same tab, does
// not write the reader's details back when it is opened again.
import { test, expect, DEMO, openLetter } from './fixtures.js';

const FIRST = `/campaigns/${DEMO.campaignSlug}`;
const SECOND = '/campaigns/demo-reinstate-the-oil-workers';
const REMEMBER = 'Remember my details on this device';

/** Moves within the app, as its own links do: no reload, the drafts kept. */
async function moveTo(page, path) {
  await page.evaluate((path) => {
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await openLetter(page);
  await expect(page.getByLabel('Your name')).toBeEnabled();
}

/** Every value the site keeps in the tab or on the device. */
const stored = (page) => page.evaluate(() => [localStorage, sessionStorage]
  .flatMap((store) => Object.keys(store).map((key) => `${key}=${store.getItem(key)}`)));

/** Two campaigns visited in one tab, the details remembered on the first. */
async function visitBoth(page) {
  await page.goto(FIRST);
  await page.getByLabel('Your name').fill('Anna Petrova');
  await page.getByLabel('Your town or city').fill('Leeds');
  await page.getByLabel('Your country', { exact: true }).fill('United Kingdom');
  await page.getByLabel(REMEMBER).check();
  await moveTo(page, SECOND);
  // The second campaign's draft starts from the remembered details.
  await expect(page.getByLabel('Your name')).toHaveValue('Anna Petrova');
  await expect(page.getByLabel(REMEMBER)).toBeChecked();
  await moveTo(page, FIRST);
}

test('after Forget on one campaign, no draft of the visit brings the name back', async ({ page }) => {
  await visitBoth(page);
  await page.getByRole('button', { name: 'Forget my details' }).click();
  await expect(page.getByLabel('Your name')).toHaveValue('');
  await moveTo(page, SECOND);
  await expect(page.getByLabel('Your name')).toHaveValue('');
  await expect(page.getByLabel(REMEMBER)).not.toBeChecked();
  await moveTo(page, FIRST);
  await moveTo(page, SECOND);
  // Nothing the site kept is left, in the tab or on the device.
  expect(await stored(page)).toEqual([]);
});

test('unticking Remember on one campaign keeps the details off the device for every draft of the visit', async ({ page }) => {
  await visitBoth(page);
  await page.getByLabel(REMEMBER).uncheck();
  await moveTo(page, SECOND);
  await expect(page.getByLabel(REMEMBER)).not.toBeChecked();
  await page.getByLabel('Your town or city').fill('York');
  await moveTo(page, FIRST);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});
