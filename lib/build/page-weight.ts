import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readPage } from './html';

type Size = { raw: number; gzip: number };

export type PageWeight = { route: string; html: Size; css: Size; js: Size; requests: number };

const sizes = (buffer: Buffer): Size => ({ raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length });
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/**
 * What a first visit to a page downloads before anything is clicked, from the
 * built files: the HTML, its stylesheets, and the island scripts it loads,
 * taken from esbuild's metafile by the caller (`scripts`), not read back out
 * of minified code. Lazy chunks, the search index and WebAssembly are not
 * here: `npm run bench` measures those in a real browser.
 */
export function pageWeight(outDir: string, route: string, scripts: readonly string[]): PageWeight {
  const file = path.join(outDir, route, route.endsWith('.html') ? '' : 'index.html');
  const html = fs.readFileSync(file);
  const tree = readPage(html.toString('utf8'));
  const read = (href: string) => fs.readFileSync(path.join(outDir, href.split('?')[0]));
  const zero = { raw: 0, gzip: 0 };
  const inline = tree.scripts.filter((s) => !s.src && s.kind !== 'data').map((s) => Buffer.from(s.text));
  return {
    route,
    html: sizes(html),
    css: tree.stylesheets.map(read).map(sizes).reduce(add, zero),
    js: [...scripts.map(read), ...inline].map(sizes).reduce(add, zero),
    requests: 1 + tree.stylesheets.length + scripts.length,
  };
}
