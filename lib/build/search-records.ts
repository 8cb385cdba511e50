import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { children } from './html';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One part of a built page, as a small HTML document for Pagefind to index. */
export type PageRecord = {
  /** 0 for the page's opening (title, summary), then one per h2 section, in page order. */
  part: number;
  /** The id of the section's h2; none for the opening. */
  section?: string;
  html: string;
};

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const isElement = (node: Node): node is Element => 'tagName' in node;

function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return children(node).map(textOf).join('');
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function startTag(html: string, element: Element): string {
  const at = element.sourceCodeLocation?.startTag;
  if (!at) throw new Error(`search records: <${element.tagName}> has no source location`);
  return html.slice(at.startOffset, at.endOffset);
}

type Found = { body?: Element; lang?: string; title?: string; meta: string[]; h2s: { element: Element; ancestors: Element[] }[] };

/** Finds the indexed body, the page's title and search metadata, and each h2 section head with the elements around it. */
function survey(html: string): Found {
  const found: Found = { meta: [], h2s: [] };
  const visit = (node: Node, ancestors: Element[], inBody: boolean) => {
    if (isElement(node)) {
      if (node.tagName === 'html') found.lang = attr(node, 'lang');
      // Parts that are not indexed (the contents list) are not split at either.
      if (inBody && attr(node, 'data-pagefind-ignore') !== undefined) return;
      if (!inBody && attr(node, 'data-pagefind-body') !== undefined) {
        if (found.body) throw new Error('search records: a page has more than one data-pagefind-body');
        found.body = node;
        inBody = true;
        ancestors = [];
      }
      if (inBody) {
        if (node.tagName === 'h1' && found.title === undefined) found.title = textOf(node).trim();
        if (attr(node, 'data-pagefind-meta') !== undefined && node !== found.body) found.meta.push(html.slice(node.sourceCodeLocation!.startOffset, node.sourceCodeLocation!.endOffset));
        if (node.tagName === 'h2' && attr(node, 'id')) found.h2s.push({ element: node, ancestors: [found.body!, ...ancestors] });
      }
      if (inBody && node !== found.body) ancestors = [...ancestors, node];
    }
    for (const child of children(node)) visit(child, ancestors, inBody);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }), [], false);
  return found;
}

/**
 * Splits a built page into the records the search index holds: its opening,
 * then each h2 section, each with the page's title as a heading and its search
 * metadata (keywords), so every record names its page and a search for the
 * test's name and a symptom finds the section that has the symptom. Each
 * record keeps the elements that wrap its part (their weights and markers
 * stay), cut from the page's own text, so what is indexed is exactly what the
 * page shows. A page with no data-pagefind-body is not indexed: none.
 */
export function pageRecords(html: string): PageRecord[] {
  const { body, lang, title, meta, h2s } = survey(html);
  if (!body) return [];
  const location = body.sourceCodeLocation;
  if (!location?.startTag || !location.endTag) throw new Error('search records: the indexed body has no source location');
  const open = startTag(html, body);
  const bodyEnd = location.endTag.startOffset;
  const starts = h2s.map((h) => h.element.sourceCodeLocation!.startOffset);
  const wrap = (inner: string) => `<!doctype html><html lang="${lang ?? 'en'}"><head><meta charset="utf-8"></head><body>${inner}</body></html>`;
  const records: PageRecord[] = [{ part: 0, html: wrap(html.slice(location.startTag.startOffset, starts[0] ?? location.endOffset)) }];
  const head = `${title ? `<h1>${escapeText(title)}</h1>` : ''}${meta.join('')}`;
  h2s.forEach((h, i) => {
    const inner = h.ancestors.slice(1).map((a) => startTag(html, a)).join('');
    const text = html.slice(starts[i], starts[i + 1] ?? bodyEnd);
    records.push({ part: i + 1, section: attr(h.element, 'id'), html: wrap(`${open}${head}${inner}${text}`) });
  });
  return records;
}
