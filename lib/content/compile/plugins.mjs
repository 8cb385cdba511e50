import path from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * The one list of remark and rehype plugins for every MDX compile: `next build`
 * and `next dev` (through @next/mdx), Vitest (through @mdx-js/rollup) and the
 * Node tools. Plugins are named by package or absolute path with JSON options,
 * because Turbopack only accepts options it can serialise.
 */

// Under a browser-like test environment the module URL is not a file; the tests run from the project root.
const here = import.meta.url.startsWith('file:') ? path.dirname(fileURLToPath(import.meta.url)) : path.resolve('lib/content/compile');
const root = path.resolve(here, '../../..');

/** Which schema the files of each folder follow. */
export const ARTICLE_KINDS = {
  'content/guides/': 'guide',
  'content/procedures/': 'procedure',
  'content/site/': 'page',
  'content/es/guides/': 'guide-translation',
  'content/es/procedures/': 'procedure-translation',
  'content/es/site/': 'page-translation',
};

export const ARTICLE_PLUGIN = path.join(here, 'article-loader.mjs');

export const remarkPlugins = [
  ['remark-frontmatter', ['yaml']],
  ['remark-gfm', {}],
  [ARTICLE_PLUGIN, { root, kinds: ARTICLE_KINDS }],
];

export const rehypePlugins = [];

/** The same list with each name imported, for compilers that take functions (Vitest). */
export async function importedPlugins() {
  const load = (list) => Promise.all(list.map(async ([name, options]) => [(await import(name)).default, options]));
  return { remarkPlugins: await load(remarkPlugins), rehypePlugins: await load(rehypePlugins) };
}
