import { expect, test } from './fixtures';

/** The page each everyday query should put first: single words, short phrases, abbreviations and misspellings. */
const FIRST: Record<string, string> = {
  barium: '/procedures/barium-swallow/',
  dye: '/risks/',
  pregnant: '/risks/',
  pacemaker: '/procedures/pacemaker-implantation/',
  'how long': '/procedure/',
  HSG: '/procedures/hysterosalpingogram/',
  swallow: '/procedures/barium-swallow/',
  fluroscopy: '/what-is-fluoroscopy/',
  'Can I drive home?': '/after/',
  'heart cath': '/procedures/coronary-angiography/',
  'spinal tap': '/procedures/lumbar-puncture/',
  'barium meal': '/procedures/upper-gi-series/',
  myelagram: '/procedures/myelogram/',
  'small bowell follow thru': '/procedures/small-bowel-follow-through/',
  PEG: '/procedures/feeding-tube-placement/',
  MBS: '/procedures/swallow-study/',
  VCUG: '/procedures/voiding-cystourethrogram/',
};

/** Short queries whose first result should link straight to a section. */
const SECTION: Record<string, string> = {
  'Can I drive home?': '/after/#when-can-i-drive',
  'HSG pain': '/procedures/hysterosalpingogram/#will-it-hurt',
};

const results = '.search-results > li';

test.describe('site search', () => {
  test('the header form leads to results for the words typed, then the words leave the address', async ({ page }) => {
    await page.goto('/search/?q=pacemaker');
    await expect(page.getByRole('status')).toContainText('found for “pacemaker”');
    await expect(page.locator(results).first()).toBeVisible();
    await expect(page).toHaveURL(/\/search\/$/);
    expect(await page.evaluate(() => window.location.search)).toBe('');
  });

  test('the search page has one search box, in the header, holding the query', async ({ page }) => {
    await page.goto('/search/?q=barium');
    const boxes = page.getByRole('searchbox');
    await expect(boxes).toHaveCount(1);
    await expect(page.getByRole('banner').getByRole('searchbox', { name: 'Search this guide' })).toHaveValue('barium');
  });

  test('results update as the reader types, and are announced', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('searchbox', { name: 'Search this guide' }).fill('myelogram');
    await expect(page.getByRole('status')).toContainText('found for “myelogram”');
    await expect(page.locator(`${results} h2 a`).first()).toHaveAttribute('href', /\/procedures\/myelogram\//);
    await expect(page).toHaveURL(/\/search\/$/);
  });

  test('a query with no match says so kindly and offers the list of tests and the questions page', async ({ page }) => {
    await page.goto('/search/?q=zzqqxx');
    await expect(page.getByRole('status')).toContainText('No pages found');
    await expect(page.locator('.site-search').getByRole('link', { name: 'the list of tests' })).toHaveAttribute('href', '/procedures/');
    await expect(page.locator('.site-search').getByRole('link', { name: 'questions people often ask' })).toHaveAttribute('href', '/faq/');
  });

  test('a misspelling gets "Did you mean"', async ({ page }) => {
    await page.goto('/search/?q=fluroscopy');
    await expect(page.getByText('Did you mean')).toContainText('fluoroscopy');
  });

  test('says how many pages were found when there are more than shown', async ({ page }) => {
    await page.goto('/search/?q=radiation');
    await expect(page.getByRole('status')).toContainText(/\d+ pages found for “radiation”\. Showing the best 5\./);
    await expect(page.locator(results)).toHaveCount(5);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(page.locator(results)).toHaveCount(10);
  });

  test('an excerpt reads as plain text, without the page\'s reference numbers', async ({ page }) => {
    await page.goto('/search/?q=background%20radiation');
    await expect(page.locator(results).first()).toContainText(/background/i);
    for (const text of await page.locator(results).allTextContents()) expect(text).not.toMatch(/\[\d+(, \d+)*\]/);
  });

  test("Pagefind's ready-made interfaces, which no page loads, are not deployed", async ({ request }) => {
    expect((await request.get('/pagefind/pagefind.js')).status()).toBe(200);
    for (const file of ['pagefind-ui.js', 'pagefind-component-ui.js', 'pagefind-highlight.js']) {
      expect((await request.get(`/pagefind/${file}`)).status()).toBe(404);
    }
  });

  test('a hostile query is shown as text only', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await page.goto('/search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await expect(page.getByRole('status')).toContainText('<img src=x onerror=alert(1)>');
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  for (const [query, expected] of Object.entries(FIRST)) {
    test(`"${query}" finds ${expected} first`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(page.getByRole('status')).toContainText('found for');
      await expect(page.locator(`${results} h2 a`).first()).toHaveAttribute('href', expected);
    });
  }

  for (const [query, expected] of Object.entries(SECTION)) {
    test(`"${query}" links straight to ${expected}`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(page.getByRole('status')).toContainText('found for');
      await expect(page.locator(results).first().locator('a[href*="#"]').first()).toHaveAttribute('href', expected);
    });
  }
});
