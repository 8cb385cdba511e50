import { expect, test } from './fixtures';

test('the preparing checklist prints without the header, navigation or footer', async ({ page }) => {
  await page.goto('/preparing/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.locator('footer.site-footer')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('article .prose li').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});

test('printed pages show where external links go', async ({ page }) => {
  await page.goto('/risks/');
  await page.emulateMedia({ media: 'print' });
  const after = await page
    .locator('.prose a[href^="http"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('(https://');
});
