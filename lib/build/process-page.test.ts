import { PageRuleError, processPage } from './process-page';

const shell = (body: string) =>
  `<html><head><link rel="preload" as="script" href="/_next/static/chunks/a.js"/></head><body>${body}` +
  `<script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script></body></html>`;

describe('processPage: the one rule about JavaScript', () => {
  it('strips every script from a content page and gives it the no-script policy', () => {
    const { html, policy } = processPage('/risks/', shell('<h1>Risks</h1>'));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('as="script"');
    expect(policy?.csp).toContain("script-src 'none'");
  });

  it('fails the build when a content page renders a client island', () => {
    expect(() => processPage('/risks/', shell('<div data-island="search"></div>'))).toThrow(PageRuleError);
    expect(() => processPage('/risks/', shell('<div data-island="search"></div>'))).toThrow(/not in INTERACTIVE_ROUTES/);
  });

  it('keeps the scripts of an interactive page and hashes its inline ones into its policy', () => {
    const page = shell('<div data-island="search"></div>');
    const { html, policy } = processPage('/search/', page);
    expect(html).toBe(page);
    expect(policy?.csp).toMatch(/script-src 'self' 'sha256-[^']+' 'wasm-unsafe-eval'/);
  });

  it('fails the build when an interactive page lost its scripts or its island', () => {
    expect(() => processPage('/search/', '<html><body><div data-island="search"></div></body></html>')).toThrow(/lost its scripts/);
    expect(() => processPage('/for-clinics/', shell('<form></form>'))).toThrow(/no data-island/);
  });
});
