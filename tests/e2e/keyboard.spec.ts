import { expect, test } from './fixtures';

test('the first Tab shows the skip link, and it moves focus to the main content', async ({ page }) => {
  await page.goto('/risks/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  // The next stop is inside <main>, not back in the header.
  const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
  expect(inMain).toBe(true);
});

test('the main navigation works with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const target = nav.getByRole('link', { name: 'Find your test' });
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/procedures\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find your test');
});

test('the header search box submits to the search page with the keyboard', async ({ page }) => {
  await page.goto('/what-is-fluoroscopy/');
  await page.getByRole('searchbox', { name: 'Search this guide' }).fill('barium');
  await page.keyboard.press('Enter');
  // The search page reads the words, then takes them out of the address.
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByRole('searchbox', { name: 'Search this guide' })).toHaveValue('barium');
  await expect(page.getByRole('status')).toContainText('found for “barium”');
});

test('focus is always visible: the focused link gets the yellow focus style', async ({ page }) => {
  await page.goto('/uses/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const background = await page.evaluate(() => getComputedStyle(document.activeElement as Element).backgroundColor);
  expect(background).toBe('rgb(255, 221, 0)');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the navigation folds into a Menu that opens with the keyboard, without a script', async ({ page }) => {
    await page.goto('/risks/');
    const menu = page.locator('summary', { hasText: 'Menu' });
    await expect(menu).toBeVisible();
    await expect(page.getByRole('link', { name: 'Find your test' })).toBeHidden();
    await menu.focus();
    await page.keyboard.press('Enter');
    const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Find your test' });
    await expect(link).toBeVisible();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/procedures\/$/);
  });

  test('the page heading is on the first screen', async ({ page }) => {
    await page.goto('/procedures/barium-swallow/');
    await expect(page.locator('h1')).toBeInViewport();
  });
});
