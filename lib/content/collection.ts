import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { ContentError, describeIssue } from './errors';
import { splitFrontmatter } from './frontmatter';

export type Entry<Meta> = {
  slug: string;
  /** Path relative to the repository, for messages. */
  file: string;
  meta: Meta;
  /** The MDX body without front matter. */
  body: string;
};

export type SourceFile = { file: string; text: string };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Words that already name a route, so an article with that slug would be unreachable. */
export const RESERVED_SLUGS = new Set([
  'about',
  'appointment',
  'examples',
  'for-clinics',
  'glossary',
  'procedures',
  'search',
  'sitemap',
  'robots',
  '_next',
  'pagefind',
]);

export function slugOf(file: string): string {
  return path.basename(file).replace(/\.mdx$/, '');
}

/**
 * Checks that every file name makes a valid, unused slug. Pass files from
 * several folders at once to make slugs unique across them.
 */
export function checkSlugs(files: SourceFile[], reserved: Set<string> = RESERVED_SLUGS): void {
  const seen = new Map<string, string>();
  for (const { file } of files) {
    const base = slugOf(file);
    if (!SLUG.test(base)) {
      throw new ContentError(file, 'slug', `"${base}" must be lowercase words joined by hyphens (rename the file)`);
    }
    const earlier = seen.get(base);
    if (earlier) throw new ContentError(file, 'slug', `"${base}" is already used by ${earlier}`);
    if (reserved.has(base)) throw new ContentError(file, 'slug', `"${base}" is already a page of the site`);
    seen.set(base, file);
  }
}

/**
 * Validates every file of a collection against one schema. Throws a ContentError
 * naming the file and the field for the first mistake, so `next build` stops.
 */
export function parseCollection<S extends z.ZodType>(
  files: SourceFile[],
  schema: S,
  options: { reserved?: Set<string> } = {},
): Entry<z.infer<S>>[] {
  checkSlugs(files, options.reserved);
  const entries: Entry<z.infer<S>>[] = [];

  for (const { file, text } of files) {
    const base = slugOf(file);
    let split;
    try {
      split = splitFrontmatter(text);
    } catch (error) {
      throw new ContentError(file, '(front matter)', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
    if (split.data === undefined) {
      throw new ContentError(file, '(front matter)', 'is missing: start the file with a --- block');
    }
    const result = schema.safeParse(split.data);
    if (!result.success) {
      const { field, problem } = describeIssue(result.error.issues[0]);
      throw new ContentError(file, field, problem);
    }
    entries.push({ slug: base, file, meta: result.data, body: split.body });
  }

  return entries.sort((a, b) => {
    const orderA = (a.meta as { order?: number }).order ?? 0;
    const orderB = (b.meta as { order?: number }).order ?? 0;
    return orderA - orderB || a.slug.localeCompare(b.slug);
  });
}

/** Reads every .mdx file of one folder, case-insensitively checking for slugs that differ only in case. */
export function readFolder(dir: string, root = process.cwd()): SourceFile[] {
  const absolute = path.join(root, dir);
  if (!fs.existsSync(absolute)) return [];
  return fs
    .readdirSync(absolute)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ file: path.join(dir, name), text: fs.readFileSync(path.join(absolute, name), 'utf8') }));
}

export function loadCollection<S extends z.ZodType>(dir: string, schema: S, root = process.cwd()) {
  return parseCollection(readFolder(dir, root), schema);
}
