import type { Heading as MdastHeading } from 'mdast';
import { visit } from 'unist-util-visit';
import { compileTree } from './compile/read';

/**
 * The article's text with `{#id}` written after every heading that has none,
 * using the id the page gives it today, so links already made keep working
 * when the heading is reworded later. Headings that have an id are left alone,
 * so running it twice changes nothing.
 */
export function withHeadingIds(text: string, file: string): string {
  const { tree, analysis } = compileTree(text, file, 'page');
  const ends: number[] = [];
  visit(tree, 'heading', (node: MdastHeading) => {
    ends.push(node.position?.end.offset ?? -1);
  });
  let result = text;
  // From the end backwards, so earlier offsets stay true.
  for (let i = analysis.outline.headings.length - 1; i >= 0; i -= 1) {
    const heading = analysis.outline.headings[i];
    const end = ends[i];
    if (heading.explicit || end < 0 || !heading.id) continue;
    result = `${result.slice(0, end).replace(/\s+$/, '')} {#${heading.id}}${result.slice(end)}`;
  }
  return result;
}
