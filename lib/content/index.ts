import { checkSlugs, loadCollection, parseCollection, readFolder, type Entry } from './collection';
import { procedureSchema, type ProcedureMeta } from './procedure-schema';
import { articleSchema, type ArticleMeta } from './schema';
import { validateSafetyData } from '@/lib/safety/schema';

export type Guide = Entry<ArticleMeta>;
export type Procedure = Entry<ProcedureMeta>;

export const GUIDES_DIR = 'content/guides';
export const PROCEDURES_DIR = 'content/procedures';

let cache: { guides: Guide[]; procedures: Procedure[] } | undefined;

/**
 * Loads and validates all content once per process. Slugs must be unique across
 * both collections, so a short id in a clinic link names exactly one page.
 */
export function loadContent(root = process.cwd()) {
  if (cache && root === process.cwd()) return cache;
  // The warning signs every page composes its cards from are checked first.
  validateSafetyData();
  const guideFiles = readFolder(GUIDES_DIR, root);
  const procedureFiles = readFolder(PROCEDURES_DIR, root);
  // One pass over every file name catches a slug used in both folders.
  checkSlugs([...guideFiles, ...procedureFiles]);
  const result = {
    guides: parseCollection(guideFiles, articleSchema),
    procedures: parseCollection(procedureFiles, procedureSchema),
  };
  if (root === process.cwd()) cache = result;
  return result;
}

export function getGuides(): Guide[] {
  return loadContent().guides;
}

export function getProcedures(): Procedure[] {
  return loadContent().procedures;
}

export function getGuide(slug: string): Guide | undefined {
  return getGuides().find((g) => g.slug === slug);
}

export function getProcedure(slug: string): Procedure | undefined {
  return getProcedures().find((p) => p.slug === slug);
}

export { loadCollection };
