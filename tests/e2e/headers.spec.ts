import { scoreHeaders } from '../../lib/security/observatory';
import { LOCALES } from '../../lib/site-map/pages';
import { staticHref } from '../../lib/site-map/build';
import { ALL_ROUTES, INTERACTIVE } from './routes';

const SEARCH_ROUTES = LOCALES.map((locale) => staticHref('search', locale));
import { expect, test } from './fixtures';

test('every page scores 100 or more on the Observatory header rules, with no unsafe script source', async ({ request }) => {
  for (const route of ALL_ROUTES) {
    const response = await request.get(route);
    const headers = response.headers();
    const { score, notes } = scoreHeaders(headers);
    expect(score, `${route}: ${notes.join('; ')}`).toBeGreaterThanOrEqual(100);
    const csp = headers['content-security-policy'];
    expect(csp, route).toContain("default-src 'none'");
    expect(csp, route).toContain("frame-ancestors 'none'");
    expect(csp, route).toContain("base-uri 'none'");
    expect(csp, route).toContain("object-src 'none'");
    expect(csp, route).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    if (INTERACTIVE.includes(route)) {
      // The site's own island bundle, plus the hash of any inline script the build left (none today).
      expect(csp, route).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*( 'wasm-unsafe-eval')?;/);
    } else {
      expect(csp, route).toContain("script-src 'none'");
    }
    // Only the search page of each edition compiles WebAssembly (Pagefind).
    expect(csp.includes('wasm-unsafe-eval'), route).toBe(SEARCH_ROUTES.includes(route));
  }
});

test('hashed assets are cached for a year; HTML is revalidated', async ({ page, request }) => {
  await page.goto('/');
  const css = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  const asset = await request.get(css!);
  expect(asset.headers()['cache-control']).toContain('immutable');
  const html = await request.get('/');
  expect(html.headers()['cache-control']).toContain('max-age=0');
});

test('the pages set no cookies', async ({ page, context }) => {
  for (const route of ['/', '/risks/', '/search/?q=barium', '/for-clinics/']) await page.goto(route);
  expect(await context.cookies()).toEqual([]);
});
