import GithubSlugger from 'github-slugger';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { contrastKinds, settings, type Glance } from '@/lib/content/procedure-schema';
import { parseMdx } from '@/lib/content/outline';

/** One h2 section of an article: its id (as rehype-slug gives it), heading and plain text. */
export type Section = { id: string; title: string; text: string };

type JsxNode = {
  type: string;
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: RootContent[];
};

const TEXT_ATTRIBUTES = ['q', 'title', 'heading'];

/** The words of a node as a reader sees them, with the text of component attributes such as <Question q>. */
function wordsOf(node: RootContent): string {
  const jsx = node as unknown as JsxNode;
  if (jsx.type === 'mdxJsxFlowElement' || jsx.type === 'mdxJsxTextElement') {
    const labels = jsx.attributes
      .filter((a) => a.type === 'mdxJsxAttribute' && TEXT_ATTRIBUTES.includes(a.name ?? '') && typeof a.value === 'string')
      .map((a) => a.value as string);
    return [...labels, ...jsx.children.map(wordsOf)].join(' ');
  }
  if ('children' in node && Array.isArray(node.children)) return (node.children as RootContent[]).map(wordsOf).join(' ');
  return toString(node as unknown as Root);
}

/**
 * The h2 sections of an MDX body, each with everything up to the next h2.
 * Ids come from github-slugger over every heading in order, as rehype-slug does.
 */
export function sectionsOf(body: string): Section[] {
  const slugger = new GithubSlugger();
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const node of parseMdx(body).children) {
    if (node.type === 'heading') {
      const title = toString(node).replace(/\s+/g, ' ').trim();
      const id = slugger.slug(title);
      if (node.depth === 2) {
        current = { id, title, text: title };
        sections.push(current);
        continue;
      }
    }
    if (current) current.text = `${current.text} ${wordsOf(node)}`.replace(/\s+/g, ' ').trim();
  }
  return sections;
}

/** The "At a glance" card of a procedure as labelled sentences (numbers come from the data files and are left out). */
export function glanceSection(glance: Glance): Section {
  const text = [
    `What it is for: ${glance.purpose}`,
    `Getting ready: ${glance.preparation}`,
    `Contrast (X-ray dye): ${contrastKinds[glance.contrast]}`,
    `Pain relief: ${glance.painRelief}`,
    `In hospital: ${settings[glance.setting]}`,
    `Who does it: ${glance.performedBy}`,
    `Driving home: ${glance.driving}`,
  ].join(' ');
  return { id: 'at-a-glance', title: 'At a glance', text };
}
