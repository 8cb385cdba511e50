import GithubSlugger from 'github-slugger';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export type Heading = { id: string; text: string };
export type FaqItem = { question: string; answer: string };

type JsxNode = {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: RootContent[];
};

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm);

export function parseMdx(body: string): Root {
  return processor.parse(body) as Root;
}

function attribute(node: JsxNode, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** Every element with one of these names (<Question>, <Step>...) in a body, in document order. */
function elementsNamed(body: string, ...names: string[]): JsxNode[] {
  const found: JsxNode[] = [];
  visit(parseMdx(body), (node) => {
    const jsx = node as unknown as JsxNode;
    if ((jsx.type === 'mdxJsxFlowElement' || jsx.type === 'mdxJsxTextElement') && names.includes(jsx.name ?? '')) found.push(jsx);
  });
  return found;
}

function textOf(node: unknown): string {
  return toString(node as Root).replace(/\s+/g, ' ').trim();
}

/**
 * The h2 headings with the same ids rehype-slug gives them (both use
 * github-slugger over the heading text, in document order), for "On this page".
 */
export function headingsOf(body: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  visit(parseMdx(body), 'heading', (node) => {
    const text = textOf(node);
    const id = slugger.slug(text);
    if (node.depth === 2) headings.push({ id, text });
  });
  return headings;
}

/** Every heading id in the body (all levels), for checking links to #anchors. */
export function headingIdsOf(body: string): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  visit(parseMdx(body), 'heading', (node) => {
    ids.push(slugger.slug(textOf(node)));
  });
  return ids;
}

/** The value of one attribute on every element with this name, in document order ("src" of each <Cite>). */
export function attributeValuesOf(body: string, name: string, attributeName: string): string[] {
  return elementsNamed(body, name).flatMap((jsx) => attribute(jsx, attributeName) ?? []);
}

/** The ids given to <DoseText> and <DurationText> in a body. */
export function dataRefsOf(body: string): { doses: string[]; durations: string[] } {
  const idsOf = (name: string) => elementsNamed(body, name).flatMap((jsx) => attribute(jsx, 'id') ?? []);
  return { doses: idsOf('DoseText'), durations: idsOf('DurationText') };
}

/** The questions and answers inside <Question q="..."> elements, for FAQPage data. */
export function faqsOf(body: string): FaqItem[] {
  return elementsNamed(body, 'Question').flatMap((jsx) => {
    const question = attribute(jsx, 'q');
    return question ? [{ question, answer: jsx.children.map(textOf).join(' ').trim() }] : [];
  });
}

/** The titles of every <Step> in a body, in order, for MedicalProcedure.howPerformed. */
export function stepTitlesOf(body: string): string[] {
  return elementsNamed(body, 'Step')
    .filter((jsx) => jsx.type === 'mdxJsxFlowElement')
    .flatMap((jsx) => {
      const title = attribute(jsx, 'title');
      return title ? [title.replace(/[.:]$/, '')] : [];
    });
}

/** The ids of every <SafetyRule id="..."> in a body, so the page lists their sources. */
export function safetyRulesOf(body: string): string[] {
  return elementsNamed(body, 'SafetyRule').flatMap((jsx) => attribute(jsx, 'id') ?? []);
}

/** How many <HelpCards /> a body shows. */
export function helpCardsCountOf(body: string): number {
  return elementsNamed(body, 'HelpCards').length;
}

/** Every <Term id="..."> used in a body, for the glossary checks. */
export function termsOf(body: string): string[] {
  return elementsNamed(body, 'Term').flatMap((jsx) => attribute(jsx, 'id') ?? []);
}

/** Every internal link target in a body ("/risks/", "/procedures/myelogram/#risks"). */
export function internalLinksOf(body: string): string[] {
  const links: string[] = [];
  visit(parseMdx(body), (node) => {
    if (node.type === 'link' && node.url.startsWith('/')) links.push(node.url);
    const jsx = node as unknown as JsxNode;
    if (jsx.type === 'mdxJsxFlowElement' || jsx.type === 'mdxJsxTextElement') {
      const href = attribute(jsx, 'href');
      if (href?.startsWith('/')) links.push(href);
    }
  });
  return links;
}

/**
 * The words a reader reads, as sentences: headings, paragraphs, list items,
 * table cells and the text inside components. Used for the reading-grade test.
 */
export function plainTextOf(body: string): string {
  const parts: string[] = [];
  const blocks = new Set(['heading', 'paragraph', 'tableCell']);
  visit(parseMdx(body), (node) => {
    if (blocks.has(node.type)) {
      const text = textOf(node);
      if (text) parts.push(/[.!?:]$/.test(text) ? text : `${text}.`);
      return 'skip';
    }
    const jsx = node as unknown as JsxNode;
    if (jsx.type === 'mdxJsxFlowElement') {
      for (const name of ['title', 'q', 'heading']) {
        const value = attribute(jsx, name);
        if (value) parts.push(/[.!?:]$/.test(value) ? value : `${value}.`);
      }
    }
    return undefined;
  });
  return parts.join('\n');
}
