import { scoreHeaders } from '../../lib/security/observatory';
import { expect, test } from './fixtures';

const base = process.env.NGINX_URL;

test.describe('the shipped nginx config', () => {
  // A laptop without nginx skips these; CI installs nginx, and there they must run.
  test.skip(!base && !process.env.CI, 'nginx is not installed on this machine (CI installs it)');
  test.beforeAll(() => expect(base, 'the nginx server from tests/e2e/nginx.setup.ts').toBeTruthy());

  test('sends the same security headers, per page, with HSTS', async ({ request }) => {
    for (const route of ['/', '/risks/', '/procedures/barium-swallow/', '/search/', '/for-clinics/']) {
      const response = await request.get(`${base}${route}`);
      expect(response.status(), route).toBe(200);
      const headers = response.headers();
      expect(scoreHeaders(headers).score, route).toBeGreaterThanOrEqual(100);
      expect(headers['strict-transport-security']).toContain('max-age=');
      const serveHeaders = (await request.get(route)).headers();
      expect(headers['content-security-policy'], route).toBe(serveHeaders['content-security-policy']);
    }
  });

  test('answers unknown paths with the 404 page and status', async ({ request }) => {
    const response = await request.get(`${base}/no-such-page/`);
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('Page not found');
    expect(response.headers()['content-security-policy']).toContain("script-src 'none'");
  });

  test('serves clean URLs with a trailing slash', async ({ request }) => {
    const bare = await request.get(`${base}/risks`, { maxRedirects: 0 });
    expect(bare.status()).toBe(301);
    expect(bare.headers().location).toBe('/risks/');
  });

  test('caches hashed assets for a year and HTML briefly, and compresses text', async ({ request }) => {
    const html = await request.get(`${base}/risks/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(html.headers()['cache-control']).toContain('max-age=0');
    expect(html.headers()['content-encoding']).toBe('gzip');
    const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(await html.text())![1];
    const asset = await request.get(`${base}${css}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asset.headers()['cache-control']).toContain('immutable');
    expect(asset.headers()['content-encoding']).toBe('gzip');
  });
});
