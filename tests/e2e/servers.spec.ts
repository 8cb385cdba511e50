import fs from 'node:fs';
import path from 'node:path';
import { scoreHeaders } from '../../lib/security/observatory';
import { SERVERS } from '../../lib/build/local-servers';
import { serverUrlVariable } from './servers.setup';
import { expect, test } from './fixtures';
import { INTERACTIVE as INTERACTIVE_ROUTES } from './routes';

/**
 * The same checks against every way the site is served: `npm start` (serve with
 * out/serve.json, plain HTTP, no HSTS) and nginx, Caddy and Apache with their
 * generated deploy configs.
 */
const targets = [
  { name: 'serve (npm start)', base: undefined as string | undefined, deploy: false, skip: false, logs: undefined as string | undefined },
  ...SERVERS.map((name) => ({
    name,
    base: process.env[serverUrlVariable(name)],
    deploy: true,
    logs: path.resolve(`test-results/servers/${name}/logs`),
    // A laptop without this server skips it; CI installs all three, and there they must run.
    skip: !process.env[serverUrlVariable(name)] && !process.env.CI,
  })),
];

/** The path of a built page's share image, as its og:image names it (Next adds a hash to the name inside a route group). */
function shareImageOf(file: string): string {
  const html = fs.readFileSync(path.resolve('out', file), 'utf8');
  const url = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  if (!url) throw new Error(`out/${file} names no share image`);
  return new URL(url).pathname;
}

const PAGES = ['/', '/risks/', '/procedures/barium-swallow/', '/search/', '/for-clinics/', '/appointment/'];
// The interactive pages, from the site map.
const INTERACTIVE = INTERACTIVE_ROUTES;

for (const target of targets) {
  test.describe(`served by ${target.name}`, () => {
    test.skip(target.skip, `${target.name} is not installed on this machine (CI installs it)`);
    const url = (path: string) => `${target.base ?? ''}${path}`;

    test('sends the same security headers, per page, and the Observatory score', async ({ request }) => {
      for (const route of PAGES) {
        const response = await request.get(url(route));
        expect(response.status(), route).toBe(200);
        const headers = response.headers();
        const { score, notes } = scoreHeaders(headers, await response.text());
        // 130 for a page with no script, 135 for one whose script carries its SRI hash.
        expect(score, `${route}: ${notes.join('; ')}`).toBe(INTERACTIVE.includes(route) ? 135 : 130);
        if (target.deploy) expect(headers['strict-transport-security'], route).toContain('max-age=');
        const reference = (await request.get(route)).headers();
        expect(headers['content-security-policy'], route).toBe(reference['content-security-policy']);
        for (const name of ['x-content-type-options', 'x-frame-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy', 'cross-origin-resource-policy', 'cross-origin-embedder-policy']) {
          expect(headers[name], `${route} ${name}`).toBe(reference[name]);
        }
      }
    });

    test('gives files no rule names the strict policy: share images, sitemap, robots.txt', async ({ request }) => {
      for (const path of [shareImageOf('index.html'), shareImageOf('risks/index.html'), shareImageOf('es/riesgos/index.html'), '/sitemap.xml', '/robots.txt', '/icon.svg']) {
        const response = await request.get(url(path));
        expect(response.status(), path).toBe(200);
        expect(response.headers()['content-security-policy'], path).toContain("script-src 'none'");
        expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
      }
    });

    test("serves each test's day facts and sources for the appointment page as JSON, in both editions", async ({ request }) => {
      for (const path of ['/appointment/sources/barium-swallow.json', '/es/cita/sources/coronary-angiography.json']) {
        const response = await request.get(url(path));
        expect(response.status(), path).toBe(200);
        expect(response.headers()['content-type'], path).toContain('application/json');
        expect(((await response.json()) as { sources: unknown[] }).sources.length, path).toBeGreaterThan(3);
      }
      for (const path of ['/appointment/day/barium-swallow.json', '/es/cita/day/coronary-angiography.json']) {
        const response = await request.get(url(path));
        expect(response.status(), path).toBe(200);
        expect(response.headers()['content-type'], path).toContain('application/json');
        expect(((await response.json()) as { facts: string[] }).facts.filter(Boolean).length, path).toBeGreaterThan(1);
      }
    });

    test('serves /.well-known/security.txt as plain text, with a contact and an expiry date', async ({ request }) => {
      const response = await request.get(url('/.well-known/security.txt'));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^text\/plain/);
      const text = await response.text();
      expect(text).toMatch(/^Contact: mailto:\S+@\S+$/m);
      expect(new Date(/^Expires: (.+)$/m.exec(text)?.[1] ?? '').getTime()).toBeGreaterThan(Date.now());
    });

    test('answers unknown paths with the 404 page and status, under the strict policy', async ({ request }) => {
      const response = await request.get(url('/no-such-page/'));
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain('Page not found');
      expect(response.headers()['content-security-policy']).toContain("script-src 'none'");
      expect(response.headers()['x-frame-options']).toBe('DENY');
    });

    // `serve` has one 404 page for the whole site (the English one, which links to the Spanish edition); the deploy configs have one per edition.
    if (target.deploy) test('answers unknown Spanish paths with the Spanish 404 page and status', async ({ request }) => {
      const response = await request.get(url('/es/no-existe/'));
      expect(response.status()).toBe(404);
      const text = await response.text();
      expect(text).toContain('<html lang="es"');
      expect(text).toContain('No encontramos la página');
      expect(response.headers()['content-security-policy']).toContain("script-src 'none'");
    });

    test('serves clean URLs with a trailing slash', async ({ request }) => {
      const bare = await request.get(url('/risks'), { maxRedirects: 0 });
      expect(bare.status()).toBe(301);
      // nginx, Caddy and serve send a path; Apache an absolute URL on the same origin.
      const location = new URL(bare.headers().location, bare.url());
      expect(location.pathname).toBe('/risks/');
      expect(location.origin).toBe(new URL(bare.url()).origin);
    });

    test('keeps search words and referrers out of its logs', async ({ request }) => {
      test.skip(!target.logs, 'serve keeps no log');
      for (const route of ['/search/?q=private-words', '/risks/?from=private-words', '/no-such-page/?q=private-words']) {
        await request.get(url(route), { headers: { Referer: 'https://elsewhere.example/private-referrer' } });
      }
      await new Promise((r) => setTimeout(r, 300));
      const logs = fs.readdirSync(target.logs!).map((f) => fs.readFileSync(path.join(target.logs!, f), 'utf8')).join('\n');
      expect(logs).not.toContain('private-words');
      expect(logs).not.toContain('private-referrer');
    });

    test('caches hashed assets for a year and HTML briefly, and compresses text', async ({ request }) => {
      const html = await request.get(url('/risks/'), { headers: { 'Accept-Encoding': 'gzip' } });
      expect(html.headers()['cache-control']).toContain('max-age=0');
      expect(html.headers()['content-encoding']).toBe('gzip');
      const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(await html.text())![1];
      const asset = await request.get(url(css), { headers: { 'Accept-Encoding': 'gzip' } });
      expect(asset.headers()['cache-control']).toContain('immutable');
      expect(asset.headers()['content-encoding']).toBe('gzip');
      const index = await request.get(url('/pagefind/pagefind-entry.json'));
      expect(index.headers()['cache-control']).toBe('public, max-age=300');
      expect(index.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
    });
  });
}
