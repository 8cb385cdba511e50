import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { scriptsOf } from './html';

export type PageWeight = {
  route: string;
  html: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  js: { raw: number; gzip: number };
  requests: number;
};

const sizes = (buffer: Buffer) => ({ raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length });

function add(a: { raw: number; gzip: number }, b: { raw: number; gzip: number }) {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w${}\s,*]+from\s*)?"(\.\/[\w.-]+\.js)"|\bfrom"(\.\/[\w.-]+\.js)"/g;
const DYNAMIC_IMPORT = /\bimport\("(\.\/[\w.-]+\.js)"\)/g;

/**
 * The module scripts a page really runs: the entry, what it imports, and the
 * dynamically imported chunk of each island the page shows (found by the
 * island's data-island name inside the chunk), with their imports.
 */
export function moduleGraph(read: (file: string) => string, entry: string, islandNames: string[]): string[] {
  const seen = new Set<string>();
  const dir = entry.slice(0, entry.lastIndexOf('/') + 1);
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = read(file);
    for (const m of text.matchAll(STATIC_IMPORT)) visit(dir + (m[1] ?? m[2]).slice(2));
    for (const m of text.matchAll(DYNAMIC_IMPORT)) {
      const chunk = dir + m[1].slice(2);
      if (islandNames.some((name) => read(chunk).includes(`"data-island":"${name}"`))) visit(chunk);
    }
  };
  visit(entry);
  return [...seen];
}

/**
 * What a first visit to a page downloads, from the built files: the HTML, its
 * stylesheets and its scripts with every module they load (inline scripts
 * count as JavaScript too).
 * Images are not counted: the pages use inline SVG only.
 */
export function pageWeight(outDir: string, route: string): PageWeight {
  const file = path.join(outDir, route, route.endsWith('.html') ? '' : 'index.html');
  const html = fs.readFileSync(file);
  const text = html.toString('utf8');
  const stylesheets = [...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const { external, inline } = scriptsOf(text);
  const read = (href: string) => fs.readFileSync(path.join(outDir, href.split('?')[0]));
  const islandNames = [...text.matchAll(/data-island-root="([^"]+)"/g)].map((m) => m[1]);
  const modules = external.flatMap((src) => moduleGraph((f) => read(f).toString('utf8'), src, islandNames));
  const zero = { raw: 0, gzip: 0 };
  const css = stylesheets.map(read).map(sizes).reduce(add, zero);
  const js = [...modules.map(read), ...inline.map((s) => Buffer.from(s))].map(sizes).reduce(add, zero);
  return { route, html: sizes(html), css, js, requests: 1 + stylesheets.length + modules.length };
}
