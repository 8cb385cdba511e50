import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { ArticleMeta } from '../../../content/schema/article';
import type { Outline } from '../../../content/schema/outline';
import type { ProcedureMeta } from '../../../content/schema/procedure';
import type { GuideTranslation } from '../../../content/schema/translation';
import { checkSlugs, slugOf } from '../slugs';
import { isStale, translatedMeta } from '../translate';
import type { Analysis } from './analyse';
import type { ArticleKind } from './frontmatter';
import { ARTICLE_KINDS, ARTICLE_PLUGIN, remarkPlugins } from './plugins.mjs';
import remarkArticle, { contentHashOf } from './remark-article';

/*
 * The article step without the rest of the MDX compiler, for tools that run
 * outside the bundlers (the content scripts, the e2e route list) and for tests
 * that feed it a changed article. The site itself gets the same analysis from
 * the compiled modules (content/manifest.ts).
 */

const byName: Record<string, unknown> = {
  'remark-frontmatter': remarkFrontmatter,
  'remark-gfm': remarkGfm,
  // The TypeScript step itself, not the loader's wrapper, so errors are this process's ContentError.
  [ARTICLE_PLUGIN]: remarkArticle,
};

function processorFor(root: string, kind?: ArticleKind) {
  let processor = unified().use(remarkParse).use(remarkMdx);
  for (const [name, options] of remarkPlugins as [string, unknown][]) {
    const plugin = byName[name];
    if (!plugin) throw new Error(`No plugin ${name} in lib/content/compile/read.ts`);
    const settings = name === ARTICLE_PLUGIN ? { root, kinds: kind ? { '': kind } : ARTICLE_KINDS } : options;
    processor = processor.use(plugin as never, settings as never) as never;
  }
  return processor;
}

/** Parses one article's text with the site's syntax (front matter, tables, `{#id}` anchors) and runs no step. */
export function parseSource(text: string, file: string, root = process.cwd()): Root {
  return processorFor(root).parse(new VFile({ value: text, path: path.join(root, file) })) as Root;
}

/** Runs the article step over one article's text, returning the tree it leaves and its analysis. */
export function compileTree(text: string, file: string, kind?: ArticleKind, root = process.cwd()): { tree: Root; analysis: Analysis } {
  const processor = processorFor(root, kind);
  const vfile = new VFile({ value: text, path: path.join(root, file) });
  const tree = processor.parse(vfile) as Root;
  processor.runSync(tree, vfile);
  return { tree, analysis: vfile.data.article! };
}

/** Analyses one article's text as the build does. `kind` overrides the folder's kind (for test files). */
export function analyseSource(text: string, file: string, kind?: ArticleKind, root = process.cwd()): Analysis {
  return compileTree(text, file, kind, root).analysis;
}

export type ReadEntry<Meta> = { slug: string; file: string; meta: Meta; outline: Outline };

function readFolder(dir: string, root: string): string[] {
  const absolute = path.join(root, dir);
  if (!fs.existsSync(absolute)) return [];
  return fs
    .readdirSync(absolute)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => `${dir}/${name}`);
}

function byOrder<T extends { slug: string; meta: { order?: number } }>(a: T, b: T): number {
  return (a.meta.order ?? 0) - (b.meta.order ?? 0) || a.slug.localeCompare(b.slug);
}

export type ReadTranslation<Meta> = ReadEntry<Meta> & { twin: string; stale: boolean };

/**
 * Reads and analyses every article once, for tools that cannot import the
 * compiled modules. For another language, each translation comes over its
 * English twin, as the site shows it.
 */
export function readArticles(root?: string): { guides: ReadEntry<ArticleMeta>[]; procedures: ReadEntry<ProcedureMeta>[] };
export function readArticles(root: string | undefined, locale: 'es'): { guides: ReadTranslation<ArticleMeta>[]; procedures: ReadTranslation<ProcedureMeta>[] };
export function readArticles(root = process.cwd(), locale: 'en' | 'es' = 'en') {
  if (locale !== 'en') return readTranslations(root);
  return readEnglish(root);
}

function readTranslations(root: string) {
  const english = readEnglish(root);
  const read = <Meta extends ArticleMeta>(dir: string, twins: ReadEntry<Meta>[]): ReadTranslation<Meta>[] =>
    readFolder(dir, root).map((file) => {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      const { metadata, outline } = analyseSource(text, file, undefined, root);
      const words = metadata as GuideTranslation;
      const twin = twins.find((t) => t.slug === words.translationOf);
      if (!twin) throw new Error(`${file}: translationOf "${words.translationOf}" is not an English page`);
      const englishText = fs.readFileSync(path.join(root, twin.file), 'utf8');
      return { slug: slugOf(file), file, meta: translatedMeta(twin.meta, words), outline, twin: twin.slug, stale: isStale(words, contentHashOf(englishText)) };
    });
  return {
    guides: read('content/es/guides', english.guides).sort(byOrder),
    procedures: read('content/es/procedures', english.procedures).sort(byOrder),
  };
}

function readEnglish(root: string) {
  const guideFiles = readFolder('content/guides', root);
  const procedureFiles = readFolder('content/procedures', root);
  checkSlugs([...guideFiles, ...procedureFiles]);
  const read = <Meta>(file: string): ReadEntry<Meta> => {
    const { metadata, outline } = analyseSource(fs.readFileSync(path.join(root, file), 'utf8'), file, undefined, root);
    return { slug: slugOf(file), file, meta: metadata as Meta, outline };
  };
  return {
    guides: guideFiles.map((f) => read<ArticleMeta>(f)).sort(byOrder),
    procedures: procedureFiles.map((f) => read<ProcedureMeta>(f)).sort(byOrder),
  };
}
