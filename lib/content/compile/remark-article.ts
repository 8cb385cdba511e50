import { createHash } from 'node:crypto';
import path from 'node:path';
import { Parser } from 'acorn';
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { analyseArticle, type Analysis } from './analyse';
import { anchorFromMarkdown, anchorSyntax } from './anchor-syntax';
import type { ArticleKind } from './frontmatter';

export type RemarkArticleOptions = {
  /** The project root, so messages name files as the author sees them. */
  root?: string;
  /** Which schema each folder's files follow, by path prefix relative to the root. */
  kinds?: Record<string, ArticleKind>;
};

declare module 'vfile' {
  interface DataMap {
    article: Analysis;
  }
}

function kindOf(file: string, kinds: Record<string, ArticleKind>): ArticleKind {
  const match = Object.keys(kinds)
    .filter((prefix) => file.startsWith(prefix))
    .sort((a, b) => b.length - a.length)[0];
  return match === undefined ? 'page' : kinds[match];
}

/** The version of a file a translation records: the first 12 hex digits of its sha256. */
export function contentHashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** Exports built as JavaScript text and parsed once, so MDX adds them to the module like hand-written ones. */
function esmNode(code: string) {
  const estree = Parser.parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  return { type: 'mdxjsEsm', value: code, data: { estree } } as unknown as Root['children'][number];
}

/**
 * The article step of the MDX compile: validates the front matter, gives every
 * heading its id, and exports `metadata` and `outline` from the same tree the
 * page is rendered from, so nothing reads or parses the file a second time.
 */
export default function remarkArticle(this: Processor, options: RemarkArticleOptions = {}) {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(anchorSyntax());
  (data.fromMarkdownExtensions ??= []).push(anchorFromMarkdown());
  const root = options.root ?? process.cwd();
  const kinds = options.kinds ?? {};

  return (tree: Root, file: VFile) => {
    const name = file.path ? path.relative(root, file.path).split(path.sep).join('/') : '(unnamed file)';
    const analysis = analyseArticle(tree, name, kindOf(name, kinds));
    file.data.article = analysis;
    tree.children.push(
      esmNode(
        `export const metadata = ${JSON.stringify(analysis.metadata)};\nexport const outline = ${JSON.stringify(analysis.outline)};\nexport const contentHash = ${JSON.stringify(contentHashOf(String(file.value)))};`,
      ),
    );
  };
}
