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

/**
 * What a first visit to a page downloads, from the built files: the HTML, its
 * stylesheets and its scripts (inline scripts count as JavaScript too).
 * Images are not counted: the pages use inline SVG only.
 */
export function pageWeight(outDir: string, route: string): PageWeight {
  const file = path.join(outDir, route, route.endsWith('.html') ? '' : 'index.html');
  const html = fs.readFileSync(file);
  const text = html.toString('utf8');
  const stylesheets = [...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const { external, inline } = scriptsOf(text);
  const read = (href: string) => fs.readFileSync(path.join(outDir, href.split('?')[0]));
  const zero = { raw: 0, gzip: 0 };
  const css = stylesheets.map(read).map(sizes).reduce(add, zero);
  const js = [...external.map(read), ...inline.map((s) => Buffer.from(s))].map(sizes).reduce(add, zero);
  return { route, html: sizes(html), css, js, requests: 1 + stylesheets.length + external.length };
}
