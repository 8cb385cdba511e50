import { cspHash, islandsOf, routeOfFile, scriptsOf, stripScripts } from './html';

const page = `<html><head>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
<link rel="modulepreload" href="/_next/static/chunks/c.js"/>
<link rel="preload" as="image" href="/x.svg"/>
<script src="/_next/static/chunks/d.js" async=""></script>
</head><body><p>Text</p>
<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>
<script>self.__next_f.push([1,"\\u003c/script>"])</script>
</body></html>`;

describe('stripScripts', () => {
  it('removes every executable script and script preload but keeps styles, images and JSON-LD', () => {
    const out = stripScripts(page);
    expect(out).not.toMatch(/<script(?![^>]*ld\+json)/);
    expect(out).not.toContain('modulepreload');
    expect(out).not.toContain('as="script"');
    expect(out).toContain('rel="stylesheet"');
    expect(out).toContain('as="image"');
    expect(out).toContain('"@type":"MedicalWebPage"');
    expect(out).toContain('<p>Text</p>');
  });
});

describe('scriptsOf and cspHash', () => {
  it('finds external and inline scripts, ignoring data blocks', () => {
    const { external, inline } = scriptsOf(page);
    expect(external).toEqual(['/_next/static/chunks/d.js']);
    expect(inline).toEqual(['self.__next_f.push([1,"\\u003c/script>"])']);
  });

  it('hashes as browsers do for CSP (sha256, base64)', () => {
    // The CSP spec's own example: alert('Hello, world.');
    expect(cspHash("alert('Hello, world.');")).toBe('qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });
});

describe('islandsOf and routeOfFile', () => {
  it('names the islands on a page', () => {
    expect(islandsOf('<div data-island="search"></div>')).toEqual(['search']);
  });

  it('maps files to routes', () => {
    expect(routeOfFile('index.html')).toBe('/');
    expect(routeOfFile('procedures/myelogram/index.html')).toBe('/procedures/myelogram/');
    expect(routeOfFile('404.html')).toBe('/404.html');
  });
});
