import { createHash } from 'node:crypto';

/**
 * Small, tested operations on the HTML that `next build` writes. Next's output
 * escapes "<" inside inline scripts, so a script always ends at the first "</script>".
 */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const SCRIPT_LINK = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*>/gi;

function isData(attributes: string): boolean {
  return /\btype="application\/(?:ld\+)?json"/i.test(attributes);
}

function loadsScript(tag: string): boolean {
  return /\brel="modulepreload"/i.test(tag) || /\bas="script"/i.test(tag);
}

/** Removes every executable script and script preload; keeps JSON-LD data blocks. */
export function stripScripts(html: string): string {
  return html
    .replace(SCRIPT, (whole, attributes: string) => (isData(attributes) ? whole : ''))
    .replace(SCRIPT_LINK, (tag) => (loadsScript(tag) ? '' : tag));
}

/** Executable scripts in a page: external ones by src, inline ones by their text. */
export function scriptsOf(html: string): { external: string[]; inline: string[] } {
  const external: string[] = [];
  const inline: string[] = [];
  for (const match of html.matchAll(SCRIPT)) {
    const [, attributes, text] = match;
    if (isData(attributes)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attributes);
    if (src) external.push(src[1]);
    else inline.push(text);
  }
  return { external, inline };
}

/** The CSP hash of an inline script: sha256 over its exact text, base64. */
export function cspHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

export function islandsOf(html: string): string[] {
  return [...html.matchAll(/\bdata-island="([^"]+)"/g)].map((m) => m[1]);
}

/** "out/procedures/myelogram/index.html" -> "/procedures/myelogram/"; "out/404.html" -> "/404.html". */
export function routeOfFile(relative: string): string {
  const path = relative.split('\\').join('/');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}
