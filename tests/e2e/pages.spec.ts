import { ALL_ROUTES } from './routes';
import { axeViolations, expect, test } from './fixtures';

for (const route of ALL_ROUTES) {
  test.describe(`page ${route}`, () => {
    test('loads with one h1 and no accessibility violations', async ({ page }) => {
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toBeVisible();
      expect(await page.title()).toMatch(route.startsWith('/es/') ? /Guía de fluoroscopia/ : /Fluoroscopy Guide/);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test('unknown addresses get a kind 404 page with the real status', async ({ page }) => {
  const response = await page.goto('/does-not-exist/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Find your test in the A to Z' })).toHaveAttribute('href', '/procedures/');
  expect(await axeViolations(page)).toEqual([]);
});

test('a hostile query string is shown nowhere and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await page.goto('/risks/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&x=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E');
  await expect(page.locator('h1')).toHaveText('Risks and radiation safety');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});
