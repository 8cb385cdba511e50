import { createHash } from 'node:crypto';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

/*
 * Operations on the HTML that `next build` writes, over a real HTML parser's
 * tree (parse5, the parser jsdom uses). Edits are made by the source offsets
 * the parser reports, so everything not edited stays byte for byte as Next
 * wrote it.
 */

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** What a script element is, as far as the build is concerned. */
export type ScriptKind =
  /** JSON or JSON-LD: data, never run. */
  | 'data'
  /** Next's client runtime, recognised by its file location or its exact opening. */
  | 'next'
  /** What this build adds: the island entry and its import map. */
  | 'island'
  /** Anything else that would run. The build fails on it. */
  | 'unknown';

export type FoundScript = { kind: ScriptKind; src?: string; type?: string; text: string; start: number; end: number; describe: string };
export type FoundLink = { rel: string; href: string; as?: string; start: number; end: number };

export type PageTree = {
  scripts: FoundScript[];
  /** <link>s that make the browser fetch a script ahead of time. */
  scriptPreloads: FoundLink[];
  stylesheets: string[];
  /** Where each stylesheet link's href attribute sits in the text. */
  stylesheetHrefs: { href: string; start: number; end: number }[];
  /** Names in data-island-root, in page order. */
  islandRoots: string[];
  /** Attributes that run code: on* event handlers and javascript: URLs. */
  inlineHandlers: string[];
  /** Where to put scripts at the end of <body>. */
  bodyEnd?: number;
};

const DATA_TYPES = new Set(['application/json', 'application/ld+json']);

/** Next's chunks are all under /_next/static/chunks/; the site's own islands are under /_next/static/islands/. */
const NEXT_CHUNK = /^\/_next\/static\/chunks\/[\w.~-]+\.js$/;
export const ISLAND_DIR = '/_next/static/islands/';

/** The inline scripts Next's App Router writes: its RSC payload queue and Turbopack's chunk list. */
const NEXT_INLINE = [
  /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)$/,
  /^self\.__next_f\.push\(\[[0-9],/,
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(/,
];

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
}

function classify(element: Element, text: string): ScriptKind {
  const type = attr(element, 'type')?.trim().toLowerCase();
  const src = attr(element, 'src');
  if (type && DATA_TYPES.has(type)) return 'data';
  if (src !== undefined) {
    if (NEXT_CHUNK.test(src)) return 'next';
    if (src.startsWith(ISLAND_DIR) && type === 'module') return 'island';
    return 'unknown';
  }
  if (type === 'importmap') return 'island';
  if (NEXT_INLINE.some((pattern) => pattern.test(text))) return 'next';
  return 'unknown';
}

/** A node's children, with a <template>'s content: what it holds is markup too. */
export function children(node: Node): Node[] {
  const own = 'childNodes' in node ? node.childNodes : [];
  // A <template>'s content is a separate fragment in the tree.
  const content = node.nodeName === 'template' && 'content' in node ? node.content.childNodes : [];
  return [...own, ...content];
}

/** Reads a page: its scripts, script preloads, stylesheets and islands, with where each sits in the text. */
export function readPage(html: string): PageTree {
  const tree: PageTree = { scripts: [], scriptPreloads: [], stylesheets: [], stylesheetHrefs: [], islandRoots: [], inlineHandlers: [] };
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const element = node as Element;
      const location = element.sourceCodeLocation;
      for (const a of element.attrs) {
        if (/^on[a-z]+$/i.test(a.name) || /^\s*javascript:/i.test(a.value)) tree.inlineHandlers.push(`<${element.tagName} ${a.name}="${a.value.slice(0, 40)}">`);
      }
      const root = attr(element, 'data-island-root');
      if (root !== undefined) tree.islandRoots.push(root);
      if (element.tagName === 'script' && location) {
        const text = textOf(element);
        const src = attr(element, 'src');
        const kind = classify(element, text);
        tree.scripts.push({
          kind,
          src,
          type: attr(element, 'type'),
          text,
          start: location.startOffset,
          end: location.endOffset,
          describe: src ? `<script src="${src}">` : `<script>${text.slice(0, 60)}…`,
        });
      }
      if (element.tagName === 'link' && location) {
        const rel = (attr(element, 'rel') ?? '').toLowerCase();
        const href = attr(element, 'href') ?? '';
        if (rel === 'stylesheet') {
          tree.stylesheets.push(href);
          const at = location.attrs?.href;
          if (at) tree.stylesheetHrefs.push({ href, start: at.startOffset, end: at.endOffset });
        }
        if (rel === 'modulepreload' || (rel === 'preload' && attr(element, 'as') === 'script')) {
          tree.scriptPreloads.push({ rel, href, as: attr(element, 'as'), start: location.startOffset, end: location.endOffset });
        }
      }
      if (element.tagName === 'body' && location?.endTag) tree.bodyEnd = location.endTag.startOffset;
    }
    for (const child of children(node)) visit(child);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  return tree;
}

export class UnknownScriptError extends Error {}

/**
 * Removes Next's client runtime from a page: its chunk scripts, its inline
 * payload scripts and its script preloads, each recognised positively. Data
 * blocks stay. Any other script, or an inline event handler, throws: the
 * build must not publish code it does not know.
 */
export function removeNextRuntime(html: string): string {
  const tree = readPage(html);
  const unknown = tree.scripts.filter((s) => s.kind === 'unknown' || s.kind === 'island');
  if (unknown.length) throw new UnknownScriptError(`an executable script the build does not recognise: ${unknown[0].describe}`);
  if (tree.inlineHandlers.length) throw new UnknownScriptError(`an inline event handler or javascript: URL: ${tree.inlineHandlers[0]}`);
  const unknownPreload = tree.scriptPreloads.find((l) => !NEXT_CHUNK.test(l.href));
  if (unknownPreload) throw new UnknownScriptError(`a script preload the build does not recognise: ${unknownPreload.href}`);
  const cuts = [...tree.scripts.filter((s) => s.kind === 'next'), ...tree.scriptPreloads].sort((a, b) => b.start - a.start);
  let out = html;
  for (const cut of cuts) out = out.slice(0, cut.start) + out.slice(cut.end);
  return out;
}

/** Puts markup just before </body>. */
export function beforeBodyEnd(html: string, markup: string): string {
  const at = readPage(html).bodyEnd;
  if (at === undefined) throw new Error('the page has no </body>');
  return html.slice(0, at) + markup + html.slice(at);
}

/** Points every stylesheet link of a page at its own stylesheet instead. */
export function replaceStylesheets(html: string, href: (old: string) => string): string {
  let out = html;
  for (const link of [...readPage(html).stylesheetHrefs].sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, link.start)}href="${href(link.href)}"${out.slice(link.end)}`;
  }
  return out;
}

/** The CSP hash of an inline script: sha256 over its exact text, base64. */
export function cspHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

/** "out/procedures/myelogram/index.html" -> "/procedures/myelogram/"; "out/404.html" -> "/404.html". */
export function routeOfFile(relative: string): string {
  const path = relative.split('\\').join('/');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}
