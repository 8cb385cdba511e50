import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { sourceKeyOf } from '../../content/data/sources';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import type { Source } from '../../content/schema/source';

/**
 * In-text citations. A page's Sources list is numbered; `<Cite src="key" />`
 * prints that number as a link to the entry, so a reader can check a number
 * or an instruction where they read it, on screen and on paper.
 */
export type Citations = {
  /** The page's language, for the words read out with each number. */
  locale: Locale;
  /** The page's sources in the order its Sources list prints them. */
  sources: Source[];
  /** The number a registry key has on this page, or undefined when the page does not list it. */
  numberOf(key: string): number | undefined;
};

export function citationsFor(sources: Source[], locale: Locale = DEFAULT_LOCALE): Citations {
  const numbers = new Map<string, number>();
  sources.forEach((source, index) => {
    const key = sourceKeyOf(source);
    if (key && !numbers.has(key)) numbers.set(key, index + 1);
  });
  return { locale, sources, numberOf: (key) => numbers.get(key) };
}

/** `src="a, b"` or `src="a b"` names several sources for one claim. */
export function citeKeys(src: string): string[] {
  return src.split(/[\s,]+/).filter(Boolean);
}

/**
 * The anchor of a source's entry in the page's Sources list, by its number
 * there: the number the reader sees in "[3]" is the one in the link, and a
 * page citing one source 70 times repeats a short address, not a long key.
 */
export function sourceAnchor(number: number): string {
  return `source-${number}`;
}

type Jsx = { type: string; name?: string | null };
const isJsx = (node: unknown): node is Jsx =>
  (node as Jsx).type === 'mdxJsxTextElement' || (node as Jsx).type === 'mdxJsxFlowElement';

/** Elements that print their own citation: numbers written from the data files. */
const SELF_CITING = new Set(['Cite', 'DoseText', 'DurationText', 'DoseComparison', 'SharedText', 'SafetyRule', 'HelpCards']);

/** A figure a reader may act on: a digit, or a written-out count or fraction ("one in 1,000"). */
const NUMBER = /\d/;

/**
 * The paragraphs, list items and table cells that state a number without a
 * citation in the same block, with their line, so the build can name them.
 * Headings and step titles are left out: the text under them carries the cite.
 */
export function uncitedNumbersIn(tree: Root): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading' || node.type === 'code' || node.type === 'yaml') return 'skip';
    if (node.type !== 'paragraph' && node.type !== 'tableCell') return undefined;
    const text = toString(node).replace(/\s+/g, ' ').trim();
    if (!NUMBER.test(text)) return 'skip';
    let cited = false;
    visit(node, (inner) => {
      const jsx = inner as unknown as Jsx;
      if (isJsx(jsx) && SELF_CITING.has(jsx.name ?? '')) cited = true;
    });
    if (!cited) found.push({ line: node.position?.start.line ?? 0, text: text.slice(0, 80) });
    return 'skip';
  });
  return found;
}
