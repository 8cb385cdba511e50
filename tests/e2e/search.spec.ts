import { expect, test } from './fixtures';

/** The page each everyday query should put first. */
const FIRST: Record<string, string> = {
  barium: '/procedures/barium-swallow/',
  dye: '/risks/',
  pregnant: '/risks/',
  pacemaker: '/procedures/pacemaker-implantation/',
  'how long': '/procedure/',
  HSG: '/procedures/hysterosalpingogram/',
  swallow: '/procedures/barium-swallow/',
};

test.describe('site search', () => {
  test('the header form leads to results for the words typed', async ({ page }) => {
    await page.goto('/search/?q=pacemaker');
    const status = page.getByRole('status');
    await expect(status).toContainText('found for “pacemaker”');
    await expect(page.locator('.search-results li').first()).toBeVisible();
  });

  test('results update as the reader types, and are announced', async ({ page }) => {
    await page.goto('/search/');
    const box = page.getByRole('searchbox', { name: 'What are you looking for?' });
    await box.fill('myelogram');
    await expect(page.getByRole('status')).toContainText('found for “myelogram”');
    await expect(page.locator('.search-results a').first()).toHaveAttribute('href', /\/procedures\/myelogram\//);
    await expect(page).toHaveURL(/q=myelogram/);
  });

  test('a query with no match says so kindly', async ({ page }) => {
    await page.goto('/search/?q=zzqqxx');
    await expect(page.getByRole('status')).toContainText('No pages found');
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
      await expect(page.locator('.search-results h2 a').first()).toHaveAttribute('href', expected);
    });
  }
});

