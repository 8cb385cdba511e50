import GithubSlugger from 'github-slugger';
import type { Heading as MdastHeading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { FaqItem, Heading, Outline, Section } from '../../../content/schema/outline';
import { citeKeys, uncitedNumbersIn } from '../citations';
import { ContentError } from '../errors';
import type { HeadingAnchor } from './anchor-syntax';
import { validateFrontmatter, type ArticleKind } from './frontmatter';

type JsxNode = {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: RootContent[];
  position?: { start: { line: number } };
};

export type Analysis = { metadata: unknown; outline: Outline };

const isJsx = (node: unknown): node is JsxNode => {
  const type = (node as { type?: string }).type;
  return type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement';
};

function attribute(node: JsxNode, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function textOf(node: unknown): string {
  return toString(node as Root).replace(/\s+/g, ' ').trim();
}

const TEXT_ATTRIBUTES = ['q', 'title', 'heading'];

/** The words of a node as a reader sees them, with the text of component labels such as <Question q>. */
function wordsOf(node: RootContent): string {
  if (isJsx(node)) {
    const labels = node.attributes
      .filter((a) => a.type === 'mdxJsxAttribute' && TEXT_ATTRIBUTES.includes(a.name ?? '') && typeof a.value === 'string')
      .map((a) => a.value as string);
    return [...labels, ...node.children.map(wordsOf)].join(' ');
  }
  if ('children' in node && Array.isArray(node.children)) return (node.children as RootContent[]).map(wordsOf).join(' ');
  return toString(node as unknown as Root);
}

const sentence = (text: string) => (/[.!?:]$/.test(text) ? text : `${text}.`);
const PROSE_BLOCKS = new Set(['heading', 'paragraph', 'tableCell']);

/** The sentences a reader reads in a node: headings, paragraphs, table cells and component labels. */
function proseOf(node: RootContent): string[] {
  const parts: string[] = [];
  visit(node, (child) => {
    if (PROSE_BLOCKS.has(child.type)) {
      const text = textOf(child);
      if (text) parts.push(sentence(text));
      return 'skip';
    }
    if (isJsx(child) && child.type === 'mdxJsxFlowElement') {
      for (const name of ['title', 'q', 'heading']) {
        const value = attribute(child, name);
        if (value) parts.push(sentence(value));
      }
    }
    return undefined;
  });
  return parts;
}

/**
 * Gives every heading its id: the one written after it (`{#id}`), or else one
 * made from its wording the way rehype-slug did, so links made before ids were
 * written keep working. The id goes onto the heading element itself.
 */
function assignHeadingIds(tree: Root, file: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const seen = new Set<string>();
  visit(tree, 'heading', (node: MdastHeading) => {
    const children = node.children as unknown as (RootContent | HeadingAnchor)[];
    const anchorAt = children.findIndex((child) => child.type === 'headingAnchor');
    const anchor = anchorAt >= 0 ? (children[anchorAt] as HeadingAnchor) : undefined;
    if (anchor) {
      children.splice(anchorAt, 1);
      const before = children[anchorAt - 1];
      if (before?.type === 'text') before.value = before.value.replace(/\s+$/, '');
    }
    const text = textOf(node);
    // The made-up id is counted even when one is written, so later made-up ids match the old ones.
    const made = slugger.slug(text);
    const id = anchor?.id ?? made;
    if (seen.has(id)) throw new ContentError(file, `heading "${text}"`, `has the id "${id}", which another heading already uses`);
    seen.add(id);
    node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
    headings.push({ id, text, depth: node.depth, explicit: Boolean(anchor) });
  });
  visit(tree, 'headingAnchor' as never, (node: { position?: { start: { line: number } } }) => {
    throw new ContentError(file, `line ${node.position?.start.line ?? '?'}`, 'has a {#id}, but ids belong only at the end of a heading');
  });
  return headings;
}

/** Splits the top level of the tree into the text before the first h2 and one section per h2. */
function sectionsOf(tree: Root, headings: Heading[]): { intro: string; sections: Section[] } {
  const ids = new Map<unknown, string>();
  let index = 0;
  visit(tree, 'heading', (node) => {
    ids.set(node, headings[index++].id);
  });
  const intro: string[] = [];
  const sections: (Section & { parts: string[] })[] = [];
  let current: (Section & { parts: string[] }) | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      const title = textOf(node);
      current = { id: ids.get(node)!, title, text: title, prose: '', components: [], parts: [] };
      sections.push(current);
      current.parts.push(...proseOf(node));
      continue;
    }
    if (!current) {
      intro.push(...proseOf(node));
      continue;
    }
    current.text = `${current.text} ${wordsOf(node)}`.replace(/\s+/g, ' ').trim();
    current.parts.push(...proseOf(node));
    visit(node, (child) => {
      if (isJsx(child) && child.name && !current!.components.includes(child.name)) current!.components.push(child.name);
    });
  }
  return {
    intro: intro.join('\n'),
    sections: sections.map(({ parts, ...section }) => ({ ...section, prose: parts.join('\n') })),
  };
}

/**
 * One walk over a parsed article: validates its front matter, gives headings
 * their ids and collects everything the site needs from the body.
 */
export function analyseArticle(tree: Root, file: string, kind: ArticleKind): Analysis {
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const metadata = validateFrontmatter(file, kind, yaml?.type === 'yaml' ? yaml.value : undefined);
  const headings = assignHeadingIds(tree, file);
  const { intro, sections } = sectionsOf(tree, headings);

  const terms: string[] = [];
  const faqs: FaqItem[] = [];
  const steps: string[] = [];
  const refs = { doses: [] as string[], durations: [] as string[], safetyRules: [] as string[], sharedTexts: [] as string[], cites: [] as string[] };
  const links: string[] = [];
  const components: string[] = [];
  let helpCards = 0;

  visit(tree, (node) => {
    if (node.type === 'link' && node.url.startsWith('/')) links.push(node.url);
    if (!isJsx(node)) return;
    const name = node.name ?? '';
    if (name && !components.includes(name)) components.push(name);
    const href = attribute(node, 'href');
    if (href?.startsWith('/')) links.push(href);
    const id = attribute(node, 'id');
    if (name === 'Term' && id) terms.push(id);
    if (name === 'DoseText' && id) refs.doses.push(id);
    if (name === 'DurationText' && id) refs.durations.push(id);
    if (name === 'SafetyRule' && id) refs.safetyRules.push(id);
    if (name === 'SharedText' && id) refs.sharedTexts.push(id);
    const src = attribute(node, 'src');
    if (name === 'Cite' && src) refs.cites.push(...citeKeys(src));
    if (name === 'HelpCards') helpCards += 1;
    if (name === 'Question') {
      const question = attribute(node, 'q');
      if (question) faqs.push({ question, answer: node.children.map(textOf).join(' ').trim() });
    }
    if (name === 'Step' && node.type === 'mdxJsxFlowElement') {
      const title = attribute(node, 'title');
      if (title) steps.push(title.replace(/[.:]$/, ''));
    }
  });

  // Counted before the walk above can matter: it only reads the tree.
  const uncited = uncitedNumbersIn(tree);
  return {
    metadata,
    outline: {
      toc: headings.filter((h) => h.depth === 2),
      headings,
      intro,
      sections,
      terms,
      faqs,
      steps,
      refs,
      uncited,
      links,
      components,
      helpCards,
    },
  };
}

/** Every sentence of an article, for the reading-grade rule. */
/** The prose of a parsed document without the article step, for a file that has no schema yet (a draft, a translation). */
export function proseOfTree(tree: Root): string {
  return tree.children.flatMap(proseOf).join('\n');
}

export function proseOfOutline(outline: Outline): string {
  return [outline.intro, ...outline.sections.map((s) => s.prose)].filter(Boolean).join('\n');
}
