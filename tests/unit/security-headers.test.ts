import { cloudflareHeaders, netlifyHeaders, nginxSite, serveConfig, type PagePolicy } from '@/lib/build/host-configs';
import { COMMON_HEADERS, PAGEFIND_CSP, STATIC_CSP, interactiveCsp, isInteractive } from '@/lib/security/headers';
import { scoreHeaders, scoreSri } from '@/lib/security/observatory';
import { CspEvaluator } from 'csp_evaluator/dist/evaluator.js';
import { Severity } from 'csp_evaluator/dist/finding.js';
import { CspParser } from 'csp_evaluator/dist/parser.js';

const pages: PagePolicy[] = [
  { route: '/', csp: STATIC_CSP },
  { route: '/risks/', csp: STATIC_CSP },
  { route: '/search/', csp: interactiveCsp(['abc='], { wasm: true }) },
];

const lower = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));

describe('content security policies', () => {
  it('lets content pages run no script at all', () => {
    expect(STATIC_CSP).toContain("script-src 'none'");
    expect(STATIC_CSP).toContain("default-src 'none'");
    expect(STATIC_CSP).toContain("frame-ancestors 'none'");
  });

  it("lets interactive pages run their own files and hashed inline scripts, never 'unsafe-inline'", () => {
    const csp = interactiveCsp(['abc=', 'def='], { wasm: false });
    expect(csp).toContain("script-src 'self' 'sha256-abc=' 'sha256-def='");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(interactiveCsp([], { wasm: true })).toContain("'wasm-unsafe-eval'");
  });

  it('knows which routes are interactive', () => {
    expect(isInteractive('/search/')).toBe(true);
    expect(isInteractive('/risks/')).toBe(false);
  });
});

describe("Google's CSP Evaluator", () => {
  it('finds nothing high or medium in any policy (only the possible-medium note on script-src \'self\')', () => {
    for (const csp of [STATIC_CSP, PAGEFIND_CSP, interactiveCsp(['abc='], { wasm: true }), interactiveCsp([], { wasm: false })]) {
      const findings = new CspEvaluator(new CspParser(csp).csp).evaluate();
      const bad = findings.filter(
        (f) => f.severity <= Severity.MEDIUM_MAYBE && f.severity !== Severity.STRICT_CSP && !(f.directive === 'script-src' && f.value === "'self'"),
      );
      expect(bad.map((f) => `${f.directive}: ${f.description}`)).toEqual([]);
    }
  });
});

describe('the Observatory-style score', () => {
  it('scores content pages 130 and interactive pages with SRI 135, as the Observatory would over HTTP', () => {
    const headers = (csp: string) => lower({ ...COMMON_HEADERS, 'Content-Security-Policy': csp });
    expect(scoreHeaders(headers(STATIC_CSP), '<p>No script</p>').score).toBe(130);
    const script = '<script type="module" src="/_next/static/islands/mount-A.js" integrity="sha384-abc" crossorigin="anonymous"></script>';
    expect(scoreHeaders(headers(interactiveCsp([], { wasm: true })), script).score).toBe(135);
    expect(scoreHeaders(headers(interactiveCsp([], { wasm: false })), '<script type="module" src="/a.js"></script>').score).toBe(130);
  });

  it('follows the Observatory SRI rules for outside scripts', () => {
    expect(scoreSri('<script src="https://cdn.example/a.js"></script>')[0]).toBe(-5);
    expect(scoreSri('<script src="http://cdn.example/a.js"></script>')[0]).toBe(-50);
    expect(scoreSri('<script src="https://cdn.example/a.js" integrity="sha384-x"></script>')[0]).toBe(5);
    expect(scoreSri('<script type="application/ld+json">{}</script>')[0]).toBe(0);
  });

  it('gives the shipped headers 100 or more on every kind of page', () => {
    for (const csp of [STATIC_CSP, interactiveCsp(['abc='], { wasm: true })]) {
      expect(scoreHeaders(lower({ ...COMMON_HEADERS, 'Content-Security-Policy': csp })).score).toBeGreaterThanOrEqual(100);
    }
  });

  it('takes points off for what the Observatory penalises', () => {
    expect(scoreHeaders({}).score).toBe(50);
    const unsafe = scoreHeaders(lower({ ...COMMON_HEADERS, 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'unsafe-inline'" }));
    expect(unsafe.score).toBeLessThan(90);
  });
});

describe('host configs from the one source', () => {
  it('serve.json sends the common headers everywhere and each interactive page its own CSP, last', () => {
    const config = serveConfig(pages);
    const all = config.headers[0].headers.map((h) => h.key);
    expect(all).toEqual(expect.arrayContaining(Object.keys(COMMON_HEADERS)));
    const search = config.headers.filter((h) => h.source.startsWith('search/'));
    expect(search).toHaveLength(2);
    expect(search[0].headers[0].value).toContain("'sha256-abc='");
    expect(config.headers.find((h) => h.source === 'pagefind/**')!.headers).toContainEqual({
      key: 'Content-Security-Policy',
      value: PAGEFIND_CSP,
    });
  });

  it("Netlify's _headers sets the strict policy on /* first and each page's own policy after it, plus HSTS", () => {
    const text = netlifyHeaders(pages, { commit: 'abc123', time: '2026-01-01T00:00:00Z' });
    expect(text).toContain('Build abc123, 2026-01-01T00:00:00Z.');
    expect(text).not.toMatch(/^\s+!/m);
    const wildcard = text.split('\n\n').find((b) => b.startsWith('/*'))!;
    expect(wildcard).toContain(`Content-Security-Policy: ${STATIC_CSP}`);
    expect(wildcard).toContain('Strict-Transport-Security');
    expect(text.indexOf('/*')).toBeLessThan(text.indexOf('/search/'));
    expect(text).toContain("/search/\n  Content-Security-Policy: default-src 'none'");
  });

  it("Cloudflare's _headers detaches a header before a later rule sets it again", () => {
    const text = cloudflareHeaders(pages);
    expect(text).toContain("/search/\n  ! Content-Security-Policy\n  Content-Security-Policy: default-src 'none'");
    expect(text).toContain('/_next/static/*\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable');
  });

  it('nginx maps each URI to its CSP and sends HSTS, caching and gzip', () => {
    const conf = nginxSite(pages, { root: '/srv/site', port: 8080 });
    expect(conf).toContain('map $uri $fg_csp');
    expect(conf).toMatch(/\/search\/index\.html ".*sha256-abc=/);
    expect(conf).toContain('root /srv/site;');
    expect(conf).toContain('add_header Strict-Transport-Security');
    expect(conf).toContain('immutable');
    expect(conf).toContain('gzip on;');
    expect(conf).toContain('error_page 404 /404.html;');
  });
});
