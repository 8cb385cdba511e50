import { PageRuleError, processPage } from './process-page';

const ISLANDS = '/_next/static/islands/mount-ABC.js';
const shell = (body: string) =>
  `<html><head><link rel="preload" as="script" href="/_next/static/chunks/a.js"/></head><body>${body}` +
  `<script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script></body></html>`;
const island = (name: string) =>
  `<div data-island-root="${name}"><div data-island="${name}"></div></div><script type="application/json" data-island-props="${name}">{}</script>`;

describe('processPage: the one rule about JavaScript', () => {
  it('strips every script from a content page and gives it the no-script policy', () => {
    const { html, policy } = processPage('/risks/', shell('<h1>Risks</h1>'), ISLANDS);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('as="script"');
    expect(policy?.csp).toContain("script-src 'none'");
  });

  it('fails the build when a content page renders a client island', () => {
    expect(() => processPage('/risks/', shell(island('search')), ISLANDS)).toThrow(PageRuleError);
    expect(() => processPage('/risks/', shell(island('search')), ISLANDS)).toThrow(/not in INTERACTIVE_ROUTES/);
  });

  it("swaps Next's runtime on an interactive page for the one island script, under a policy with no inline script", () => {
    const { html, policy } = processPage('/search/', shell(island('search')), ISLANDS);
    expect(html).not.toContain('/_next/static/chunks/');
    expect(html).not.toContain('__next_f');
    expect(html).toContain(`<script type="module" src="${ISLANDS}"></script></body>`);
    expect(html).toContain('data-island-props="search"');
    expect(policy?.csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy?.csp).not.toContain('sha256-');
  });

  it('gives the island script its Subresource Integrity hash when the build knows it', () => {
    const { html } = processPage('/search/', shell(island('search')), { src: ISLANDS, integrity: 'sha384-abc' });
    expect(html).toContain(`<script type="module" src="${ISLANDS}" integrity="sha384-abc" crossorigin="anonymous"></script></body>`);
  });

  it('checks the chunks through an import map whose hash the policy allows', () => {
    const chunks = { '/_next/static/islands/chunk-A.js': 'sha384-def' };
    const { html, policy } = processPage('/search/', shell(island('search')), { src: ISLANDS, integrity: 'sha384-abc', chunks });
    const map = `<script type="importmap">{"integrity":{"/_next/static/islands/chunk-A.js":"sha384-def"}}</script>`;
    expect(html).toContain(`${map}<script type="module" src="${ISLANDS}"`);
    expect(policy?.csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
  });

  it('fails the build when an interactive page renders no island', () => {
    expect(() => processPage('/for-clinics/', shell('<form></form>'), ISLANDS)).toThrow(/renders no island/);
  });
});
