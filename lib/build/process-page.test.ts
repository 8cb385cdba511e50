import { PageRuleError, processPage, type IslandScripts } from './process-page';

const ENTRY = '/_next/static/islands/mount-ABC.js';
const BUNDLE: IslandScripts = {
  entry: ENTRY,
  files: { search: [ENTRY, '/_next/static/islands/chunk-S.js'], appointment: [ENTRY, '/_next/static/islands/chunk-A.js'] },
  reachable: { appointment: [ENTRY, '/_next/static/islands/chunk-A.js', '/_next/static/islands/chunk-QR.js'] },
  integrity: {
    [ENTRY]: 'sha384-entry',
    '/_next/static/islands/chunk-S.js': 'sha384-s',
    '/_next/static/islands/chunk-A.js': 'sha384-a',
    '/_next/static/islands/chunk-QR.js': 'sha384-qr',
  },
};
const shell = (body: string) =>
  `<html><head><link rel="preload" as="script" href="/_next/static/chunks/a.js"/></head><body>${body}` +
  `<script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script></body></html>`;
const island = (name: string) =>
  `<div data-island-root="${name}"><div data-island="${name}"></div></div><script type="application/json" data-island-props="${name}">{}</script>`;

describe('processPage: the one rule about JavaScript', () => {
  it('strips every script from a content page and gives it the no-script policy', () => {
    const { html, policy } = processPage('/risks/', shell('<h1>Risks</h1>'), BUNDLE);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('as="script"');
    expect(policy?.csp).toContain("script-src 'none'");
  });

  it('fails the build when a page shows an island its manifest entry does not list the route for', () => {
    expect(() => processPage('/risks/', shell(island('search')), BUNDLE)).toThrow(PageRuleError);
    expect(() => processPage('/risks/', shell(island('search')), BUNDLE)).toThrow(/routes in lib\/islands\/manifest.ts do not include it/);
    expect(() => processPage('/risks/', shell(island('chat')), BUNDLE)).toThrow(/not in lib\/islands\/manifest.ts/);
  });

  it('fails the build, naming the route, on a script it does not recognise', () => {
    expect(() => processPage('/risks/', shell('<script>alert(1)</script>'), BUNDLE)).toThrow(/^\/risks\/: an executable script/);
  });

  it("swaps Next's runtime for the island entry, its preloads and an import map the policy allows by hash", () => {
    const { html, policy } = processPage('/search/', shell(island('search')), BUNDLE);
    expect(html).not.toContain('/_next/static/chunks/');
    expect(html).not.toContain('__next_f');
    const map = '<script type="importmap">{"integrity":{"/_next/static/islands/chunk-S.js":"sha384-s"}}</script>';
    expect(html).toContain(
      `${map}<link rel="modulepreload" href="/_next/static/islands/chunk-S.js" integrity="sha384-s" crossorigin="anonymous"><script type="module" src="${ENTRY}" integrity="sha384-entry" crossorigin="anonymous"></script></body>`,
    );
    expect(html).toContain('data-island-props="search"');
    expect(policy?.csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
  });

  it('checks lazily loaded chunks too, and allows WebAssembly only where an island needs it', () => {
    const { html, policy } = processPage('/appointment/', shell(island('appointment')), BUNDLE);
    expect(html).toContain('"/_next/static/islands/chunk-QR.js":"sha384-qr"');
    expect(html).not.toContain('modulepreload" href="/_next/static/islands/chunk-QR.js');
    expect(policy?.csp).not.toContain('wasm-unsafe-eval');
  });

  it('fails the build when a route listed for an island renders none', () => {
    expect(() => processPage('/for-clinics/', shell('<form></form>'), BUNDLE)).toThrow(/does not render it/);
  });
});
