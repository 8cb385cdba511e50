import { RESERVED_SLUGS } from '../site-map/pages';
import { ContentError } from './errors';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugOf(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.mdx$/, '');
}

/**
 * Checks that every file name makes a valid, unused slug. Pass the files of
 * every collection at once, so a short id in a clinic link names exactly one page.
 */
export function checkSlugs(files: readonly string[], reserved: ReadonlySet<string> = RESERVED_SLUGS): void {
  const seen = new Map<string, string>();
  for (const file of files) {
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
