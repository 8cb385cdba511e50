import { beforeBodyEnd, cspHash, readPage, removeNextRuntime, replaceStylesheets, routeOfFile } from './html';

// The shapes Next 16 writes into every exported page: chunk scripts, preloads, the RSC payload queue and Turbopack's chunk list.
const page = `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
<link rel="preload" as="image" href="/x.svg"/>
<script src="/_next/static/chunks/d.js" async=""></script>
<script src="/_next/static/chunks/e.js" noModule=""></script>
</head><body><p>Text</p>
<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>
<template><p>Inert</p></template>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"\\u003c/script>"])</script>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>
</body></html>`;

describe('removeNextRuntime', () => {
  it("removes Next's scripts and script preloads and nothing else, leaving the rest byte for byte", () => {
    const out = removeNextRuntime(page);
    expect(readPage(out).scripts.map((s) => s.kind)).toEqual(['data']);
    expect(out).not.toContain('as="script"');
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(out).toContain('<link rel="preload" as="image" href="/x.svg"/>');
    expect(out).toContain('<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>');
    expect(out).toContain('<template><p>Inert</p></template>');
    expect(out.replace(/\n+/g, '\n')).toBe(
      '<!DOCTYPE html><html><head>\n<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>\n<link rel="preload" as="image" href="/x.svg"/>\n</head><body><p>Text</p>\n<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>\n<template><p>Inert</p></template>\n</body></html>',
    );
  });

  it.each([
    ['an inline script it does not know', '<script>alert(1)</script>'],
    ['a script from elsewhere', '<script src="https://cdn.example.com/x.js"></script>'],
    ['a script of the site outside Next\'s chunks', '<script src="/analytics.js"></script>'],
    ['a module script', '<script type="module">import "/x.js"</script>'],
    ['an inline script that only starts like Next\'s', '<script>self.__next_f=1;alert(1)</script>'],
    ['an inline event handler', '<img src="/x.svg" alt="" onerror="alert(1)">'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>'],
    ['a preload of a script it does not know', '<link rel="modulepreload" href="/x.js">'],
  ])('fails on %s', (_, markup) => {
    expect(() => removeNextRuntime(page.replace('<p>Text</p>', `<p>Text</p>${markup}`))).toThrow(/does not recognise|event handler/);
  });
});

describe('readPage', () => {
  it('finds stylesheets, island roots (in templates too) and the end of the body', () => {
    const html = '<html><body><div data-island-root="search"></div><link rel="stylesheet" href="/a.css"></body></html>';
    const tree = readPage(html);
    expect(tree.islandRoots).toEqual(['search']);
    expect(tree.stylesheets).toEqual(['/a.css']);
    expect(beforeBodyEnd(html, '<i></i>')).toBe('<html><body><div data-island-root="search"></div><link rel="stylesheet" href="/a.css"><i></i></body></html>');
  });
});

describe('replaceStylesheets', () => {
  it('points each stylesheet link at a new file and leaves the rest of the page as it was', () => {
    const html = '<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><link rel="icon" href="/a.css"/></head><body><p>/_next/static/chunks/a.css</p></body></html>';
    expect(replaceStylesheets(html, (old) => old.replace('chunks/a', 'css/pages-1'))).toBe(
      '<html><head><link rel="stylesheet" href="/_next/static/css/pages-1.css" data-precedence="next"/><link rel="icon" href="/a.css"/></head><body><p>/_next/static/chunks/a.css</p></body></html>',
    );
  });
});

describe('cspHash and routeOfFile', () => {
  it('hashes as browsers do for CSP (sha256, base64)', () => {
    // The CSP spec's own example: alert('Hello, world.');
    expect(cspHash("alert('Hello, world.');")).toBe('qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });

  it('maps files to routes', () => {
    expect(routeOfFile('index.html')).toBe('/');
    expect(routeOfFile('procedures/myelogram/index.html')).toBe('/procedures/myelogram/');
    expect(routeOfFile('404.html')).toBe('/404.html');
  });
});
