// Searching the archive with no server: the header's search box goes to
// the search page, the words in the address's fragment, which no request
// carries; the page reads the build's word index from the site itself and
// shows the matches in the page's language, marking articles written in
// another. No other page loads any of it, and without JavaScript the box
// says what search needs.
import { test, expect, DEMO, NETWORK_ERROR_LOG, requestedUnder } from './fixtures.js';

/** The parts of the search index the page fetches from now on. */
const indexFetches = (page) => requestedUnder(page, '/data/search/');

const hits = (page) => page.locator('.search-results > li');

test('the header box on an article finds the case, and a result opens it', async ({ page }) => {
  const fetched = indexFetches(page);
  await page.goto(`/articles/${DEMO.articleSlug}`);
  expect(fetched, 'an article never loads the search index').toEqual([]);
  const box = page.getByRole('search').first().getByRole('searchbox', { name: 'Search the archive' });
  await box.fill('Kurmanov');
  await box.press('Enter');
  await expect(page).toHaveURL('/search#q=Kurmanov');
  await expect(page.getByRole('status')).toHaveText(/^\d+ articles found for “Kurmanov”$/);
  await expect(page).toHaveTitle('Search · Tocsin');
  await expect(hits(page).locator('mark').first()).toHaveText(/Kurmanov/i);
  // The Russian article (which writes Курманов) is marked as written in
  // Russian, in its own words.
  const russian = hits(page).filter({ has: page.locator('[lang="ru"].language-mark') });
  await expect(russian).toHaveCount(1);
  await expect(russian).toHaveAttribute('lang', 'ru');
  await expect(russian.locator('.language-mark')).toHaveText('Русский');
  expect(fetched).toContain('/data/search/index.txt');
  await page
    .getByRole('link', { name: DEMO.articleTitle })
    .click();
  await expect(page).toHaveURL(`/articles/${DEMO.articleSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.articleTitle);
});

test('a search from the header, before the app starts and after, sends no request carrying its words', async ({ page }) => {
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  const search = async (words) => {
    const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search the archive' });
    await box.fill(words);
    await box.press('Enter');
    await expect(page).toHaveURL(`/search#q=${words}`);
    await expect(page.getByRole('status')).toContainText(`“${words}”`);
  };
  // An article starts its app only when its share panel nears: the loader
  // takes this search.
  await page.goto(`/articles/${DEMO.articleSlug}`);
  await search('Procurator');
  // On the search page the app runs: the router takes this one.
  await search('Almaty');
  await page.goto(`/campaigns/${DEMO.campaignSlug}`);
  await expect(page.getByLabel('Your name')).toBeEnabled();
  await search('Zhanaozen');
  const carrying = requested.filter((url) => /procurator|almaty|zhanaozen|[?&]q=/i.test(decodeURIComponent(url)));
  expect(carrying).toEqual([]);
});

test('the Russian search page speaks Russian and marks English articles', async ({ page }) => {
  // Words in the query (the form's plain request, or an older link) are
  // searched, and moved into the fragment.
  await page.goto('/ru/search?q=%D0%9A%D1%83%D1%80%D0%BC%D0%B0%D0%BD%D0%BE%D0%B2%D0%B0');
  await expect(page).toHaveURL('/ru/search#q=%D0%9A%D1%83%D1%80%D0%BC%D0%B0%D0%BD%D0%BE%D0%B2%D0%B0');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Поиск');
  await expect(page.getByRole('status')).toHaveText(/^По запросу «Курманова» найден[аоы]? \d+ стат/);
  const first = hits(page).first();
  await expect(first.locator('h2 a')).toHaveAttribute('href', '/ru/articles/kazakhstan-ainur-kurmanov-arestovan');
  // A match in the page's own language carries no mark.
  await expect(first.locator('.language-mark')).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Поиск по архиву' }).last().fill('Almaty');
  await page.getByRole('searchbox', { name: 'Поиск по архиву' }).last().press('Enter');
  await expect(page).toHaveURL('/ru/search#q=Almaty');
  await expect(hits(page).first().locator('.language-mark')).toHaveText('English');
});

test('a search finds word forms the archive never writes, and a Cyrillic name in Latin letters', async ({ page }) => {
  const russian = '/ru/articles/kazakhstan-ainur-kurmanov-arestovan';
  for (const words of ['Курманову', 'прокуроры']) {
    await page.goto(`/ru/search#q=${encodeURIComponent(words)}`);
    await expect(hits(page).locator(`h2 a[href="${russian}"]`)).toHaveCount(1);
  }
  // Курманов finds the English articles on Ainur Kurmanov too.
  await page.goto(`/ru/search#q=${encodeURIComponent('Курманов')}`);
  await expect(hits(page).locator('h2 a[href="/ru/articles/kazakhstan-ainur-kurmanov-jailed"]')).toHaveCount(1);
  await expect(hits(page).locator('h2 a[href="/ru/articles/ainur-kurmanov-found-not-guilty"]')).toHaveCount(1);
});

test('a search that finds nothing says so, and one without words asks for them', async ({ page }) => {
  await page.goto('/search#q=zzqxv');
  await expect(page.getByRole('status')).toHaveText('Nothing was found for “zzqxv”. Try other words, or fewer.');
  await expect(hits(page)).toHaveCount(0);
  await page.goto('/search#q=%20%20');
  await expect(page.getByText("Type words to find in the archive's articles.")).toBeVisible();
});

test('hostile words stay words', async ({ page }) => {
  const words = '<img src=x onerror=alert(1)>"\'&amp;';
  await page.goto(`/search#q=${encodeURIComponent(words)}`);
  await expect(page.getByRole('status')).toContainText(`“${words}”`);
  await expect(page.getByRole('searchbox', { name: 'Search the archive' }).last()).toHaveValue(words);
});

test.describe('when the index cannot be loaded', () => {
  test.use({ expectedErrors: NETWORK_ERROR_LOG });

  test('the search says so, and trying again finds', async ({ page }) => {
    await page.route('**/data/search/index.txt', (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto('/search#q=Kurmanov');
    await expect(page.getByRole('alert')).toContainText('The search index could not be loaded.');
    await page.unroute('**/data/search/index.txt');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('status')).toHaveText(/articles found for “Kurmanov”/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search box says search needs it and leads to the latest articles', async ({ page }) => {
    await page.goto(`/articles/${DEMO.articleSlug}`);
    const note = page.getByRole('banner').getByText('Search needs JavaScript, which is off in this browser.');
    await expect(note).toBeVisible();
    await page.getByRole('banner').getByRole('link', { name: 'Browse the latest articles instead' }).click();
    await expect(page).toHaveURL('/');
    await page.goto('/search?q=Kurmanov');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    await expect(page.getByRole('main').getByText('Search needs JavaScript')).toBeVisible();
  });
});
