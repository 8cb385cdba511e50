import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import { guides as guideModules, procedures as procedureModules, type ManifestEntry } from '@/content/manifest';
import type { ArticleMeta } from '@/content/schema/article';
import type { Outline } from '@/content/schema/outline';
import type { ProcedureMeta } from '@/content/schema/procedure';
import { validateSafetyData } from '@/lib/safety/schema';

export type Entry<Meta> = {
  slug: string;
  /** Path relative to the repository, for messages. */
  file: string;
  meta: Meta;
  outline: Outline;
  Body: ComponentType<{ components?: MDXComponents }>;
};

export type Guide = Entry<ArticleMeta>;
export type Procedure = Entry<ProcedureMeta>;

function entriesOf<Meta extends { order: number }>(list: ManifestEntry<Meta>[]): Entry<Meta>[] {
  return list
    .map(({ slug, file, module }) => ({ slug, file, meta: module.metadata, outline: module.outline, Body: module.default }))
    .sort((a, b) => a.meta.order - b.meta.order || a.slug.localeCompare(b.slug));
}

/**
 * Every article, from the compiled modules listed in content/manifest.ts: the
 * MDX compile has already validated each file's front matter and outlined its
 * body, so nothing here reads a file.
 */
export function loadContent() {
  // The warning signs every page composes its cards from are checked first.
  validateSafetyData();
  return { guides: entriesOf(guideModules), procedures: entriesOf(procedureModules) };
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
