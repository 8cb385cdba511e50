import {
  apacheVhost,
  caddyfile,
  cloudflareHeaders,
  CLOUDFLARE_LIMITS,
  expectedHeaders,
  firebaseConfig,
  netlifyHeaders,
  nginxSite,
  serveConfig,
  vercelConfig,
  type PagePolicy,
} from '@/lib/build/host-configs';
import { STATIC_CSP, interactiveCsp } from '@/lib/security/headers';
import { HOSTS, cloudflareLimits, problems, sentBy, type HostConfigs, type UrlCase } from '@/lib/security/host-matching';

/** A small site with every kind of page and file the real one has. */
const pages: PagePolicy[] = [
  { route: '/', csp: STATIC_CSP },
  { route: '/risks/', csp: STATIC_CSP },
  { route: '/procedures/barium-swallow/', csp: STATIC_CSP },
  { route: '/404.html', csp: STATIC_CSP },
  { route: '/search/', csp: interactiveCsp(['abc='], { wasm: true }) },
  { route: '/for-clinics/', csp: interactiveCsp([], { wasm: false }) },
  { route: '/appointment/', csp: interactiveCsp([], { wasm: false }) },
];

const urls: UrlCase[] = [
  ...pages.filter((p) => p.route.endsWith('/')).map((p) => ({ path: p.route, kind: 'folder' as const })),
  ...pages.filter((p) => p.route.endsWith('/')).map((p) => ({ path: `${p.route}index.html`, kind: 'file' as const })),
  { path: '/404.html', kind: 'file' },
  { path: '/opengraph-image.png', kind: 'file' },
  { path: '/search/opengraph-image.png', kind: 'file' },
  { path: '/sitemap.xml', kind: 'file' },
  { path: '/robots.txt', kind: 'file' },
  { path: '/icon.svg', kind: 'file' },
  { path: '/pagefind/pagefind-entry.json', kind: 'file' },
  { path: '/pagefind/wasm.en.pagefind', kind: 'file' },
  { path: '/_next/static/css/site.css', kind: 'file' },
  { path: '/_next/static/islands/mount-ABC.js', kind: 'file' },
  { path: '/no-such-page/', kind: 'missing' },
  { path: '/search/no-such-file.png', kind: 'missing' },
];

const options = { root: '/srv/site', port: 8080 };
const configs: HostConfigs = {
  serve: serveConfig(pages),
  netlify: netlifyHeaders(pages),
  cloudflare: cloudflareHeaders(pages),
  vercel: vercelConfig(pages),
  firebase: firebaseConfig(pages),
  nginx: nginxSite(pages, options),
  caddy: caddyfile(pages, options),
  apache: apacheVhost(pages, options),
};

describe('one Content-Security-Policy per URL, on every host', () => {
  for (const host of HOSTS) {
    it.each(urls.map((u) => [u.path, u] as const))(`${host} sends %s exactly one, the right one, with the same security headers`, (_, url) => {
      const expected = expectedHeaders(url.path, pages, { hsts: host !== 'serve' });
      expect(problems(host, configs, url, expected)).toEqual([]);
    });
  }

  it('stays within Cloudflare Pages limits: 100 rules, 2,000 characters a line', () => {
    const { rules, longestLine } = cloudflareLimits(configs.cloudflare);
    expect(rules).toBeLessThanOrEqual(CLOUDFLARE_LIMITS.rules);
    expect(longestLine).toBeLessThanOrEqual(CLOUDFLARE_LIMITS.lineLength);
  });

  it('would catch the mistakes these rules guard against', () => {
    // Cloudflare without the detach lines joins two policies into one header.
    const joined = sentBy('cloudflare', { ...configs, cloudflare: configs.cloudflare.replace(/^ {2}! .*\n/gm, '') }, { path: '/search/', kind: 'folder' });
    expect(joined.get('content-security-policy')).toHaveLength(2);
    // Netlify rejects the Cloudflare file.
    expect(() => sentBy('netlify', { ...configs, netlify: configs.cloudflare }, { path: '/', kind: 'folder' })).toThrow(/rejects/);
    // A Firebase rule without the full set would leave the page with no security headers.
    const partial = structuredClone(configs.firebase);
    partial.hosting.headers.at(-1)!.headers = partial.hosting.headers.at(-1)!.headers.filter((h) => h.key === 'Content-Security-Policy');
    const url = { path: partial.hosting.headers.at(-1)!.source, kind: 'file' as const };
    expect(problems('firebase', { ...configs, firebase: partial }, url, expectedHeaders(url.path, pages, { hsts: true })).length).toBeGreaterThan(0);
  });

  it('names the build in every generated file', () => {
    const stamp = { commit: 'abc123def456', time: '2026-12-01T00:00:00.000Z' };
    for (const text of [
      netlifyHeaders(pages, stamp),
      cloudflareHeaders(pages, stamp),
      JSON.stringify(vercelConfig(pages, stamp)),
      JSON.stringify(firebaseConfig(pages, stamp)),
      nginxSite(pages, options, stamp),
      caddyfile(pages, options, stamp),
      apacheVhost(pages, options, stamp),
    ]) {
      expect(text).toContain('abc123def456');
      expect(text).toContain('2026-12-01T00:00:00.000Z');
    }
  });

  it('logs no query strings or referrers on the servers', () => {
    expect(configs.nginx).toMatch(/log_format fg_private '[^']*'/);
    expect(/log_format fg_private '([^']*)'/.exec(configs.nginx)![1]).not.toMatch(/\$request\b|\$args|\$query_string|\$request_uri|\$http_referer/);
    expect(configs.nginx).toMatch(/access_log \S+ fg_private;/);
    expect(/LogFormat "([^"]*)" fg_private/.exec(configs.apache)![1]).not.toMatch(/%r|%q|Referer/i);
    expect(configs.apache).toMatch(/ErrorLogFormat "(?![^"]*Referer)[^"]*"/);
    expect(configs.caddy).not.toMatch(/^\s*log\b/m);
    const logged = caddyfile(pages, { ...options, accessLog: '/var/log/caddy/site.log' });
    expect(logged).toMatch(/request>uri delete/);
    expect(logged).toMatch(/request>headers delete/);
  });
});
