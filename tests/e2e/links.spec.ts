import { ALL_ROUTES } from './routes';
import { expect, test } from './fixtures';

test('every internal link on every page leads to a page, and every #section exists there', async ({ page, request }) => {
  // Every page of both editions, one after another: give it room on a busy machine.
  test.setTimeout(180_000);
  const targets = new Map<string, string>();
  for (const route of ALL_ROUTES) {
    await page.goto(route);
    const hrefs = await page.locator('a[href^="/"], a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) targets.set(href.startsWith('#') ? `${route}${href}` : href, route);
  }
  const idsByPath = new Map<string, Set<string>>();
  for (const [target, from] of targets) {
    const url = new URL(target, 'http://x');
    if (!idsByPath.has(url.pathname)) {
      const response = await request.get(url.pathname + url.search);
      expect(response.status(), `${target} (linked from ${from})`).toBe(200);
      const html = await response.text();
      idsByPath.set(url.pathname, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
    }
    if (url.hash) {
      expect(idsByPath.get(url.pathname)!.has(decodeURIComponent(url.hash.slice(1))), `${target} (linked from ${from})`).toBe(true);
    }
  }
  expect(targets.size).toBeGreaterThan(50);
});
