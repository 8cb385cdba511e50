import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_ROUTES, GUIDE_ROUTES, PROCEDURE_ROUTES } from './routes';
import { expect, test } from './fixtures';

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  for (const route of [...GUIDE_ROUTES, ...PROCEDURE_ROUTES.slice(0, 3), '/procedures/', '/glossary/']) {
    test(`${route} reads in full`, async ({ page }) => {
      await page.goto(route);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Sources' }).or(page.locator('.procedure-group, .glossary').first())).toBeVisible();
      const words = (await page.locator('main').innerText()).split(/\s+/).length;
      expect(words).toBeGreaterThan(150);
    });
  }

  test('the search page explains itself, offers links instead, and shows no search box that cannot search', async ({ page }) => {
    await page.goto('/search/?q=barium');
    // Playwright turns scripts off by emulation, which still hides <noscript> from layout; a browser with
    // JavaScript switched off shows it. So check the note is there as markup, not how it is drawn.
    await expect(page.locator('noscript')).toHaveCount(1);
    const note = await page.locator('noscript').innerHTML();
    expect(note).toContain('Search needs JavaScript');
    expect(note).toContain('href="/procedures/"');
    await expect(page.getByRole('link', { name: 'All tests, A to Z' })).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveCount(0);
  });
});

test('content pages ship no JavaScript: no scripts and no script preloads', () => {
  for (const route of CONTENT_ROUTES) {
    const file = path.resolve('out', `.${route}`, 'index.html');
    const html = fs.readFileSync(file, 'utf8');
    const executable = [...html.matchAll(/<script\b([^>]*)>/g)].filter((m) => !/type="application\/ld\+json"/.test(m[1]));
    expect(executable, route).toEqual([]);
    expect(html, route).not.toMatch(/rel="modulepreload"|as="script"/);
  }
});
