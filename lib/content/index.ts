import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import {
  guides as guideModules,
  guidesEs as guideTranslations,
  procedures as procedureModules,
  proceduresEs as procedureTranslations,
  type ManifestEntry,
} from '@/content/manifest';
import type { ArticleMeta } from '@/content/schema/article';
import type { Outline } from '@/content/schema/outline';
import type { ProcedureMeta } from '@/content/schema/procedure';
import type { GuideTranslation, ProcedureTranslation } from '@/content/schema/translation';
import { validateSafetyData } from '@/lib/safety/schema';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import { ContentError } from './errors';
import { isStale, translatedMeta } from './translate';

export type Entry<Meta> = {
  slug: string;
  /** Path relative to the repository, for messages. */
  file: string;
  meta: Meta;
  outline: Outline;
  Body: ComponentType<{ components?: MDXComponents }>;
  locale: Locale;
  /** For a translation, the slug of the English page it translates: the key the two editions share. */
  twin?: string;
  /** For a translation, whether the English page has changed since it was translated. */
  stale?: boolean;
  /** For a translated test, the English names a letter may use, shown marked as English. */
  englishNames?: string[];
};

export type Guide = Entry<ArticleMeta>;
export type Procedure = Entry<ProcedureMeta>;

const byOrder = <Meta extends { order: number }>(a: Entry<Meta>, b: Entry<Meta>) => a.meta.order - b.meta.order || a.slug.localeCompare(b.slug);

function entriesOf<Meta extends { order: number }>(list: ManifestEntry<Meta>[]): Entry<Meta>[] {
  return list
    .map(({ slug, file, module }) => ({ slug, file, meta: module.metadata, outline: module.outline, Body: module.default, locale: DEFAULT_LOCALE }))
    .sort(byOrder);
}

/** Each translation over its English twin; a translation of no page, or a second one of the same page, fails the build. */
function translatedEntriesOf<Meta extends ArticleMeta, Words extends GuideTranslation>(
  list: ManifestEntry<Words>[],
  english: ManifestEntry<Meta>[],
  locale: Locale,
): Entry<Meta>[] {
  const seen = new Map<string, string>();
  return list
    .map(({ slug, file, module }) => {
      const words = module.metadata;
      const twin = english.find((e) => e.slug === words.translationOf);
      if (!twin) throw new ContentError(file, 'translationOf', `"${words.translationOf}" is not an English page of this kind`);
      const earlier = seen.get(words.translationOf);
      if (earlier) throw new ContentError(file, 'translationOf', `"${words.translationOf}" is already translated by ${earlier}`);
      seen.set(words.translationOf, file);
      const meta = translatedMeta(twin.module.metadata, words);
      return {
        slug,
        file,
        meta,
        outline: module.outline,
        Body: module.default,
        locale,
        twin: twin.slug,
        stale: isStale(words, twin.module.contentHash),
        englishNames: 'englishNames' in words ? (words as unknown as ProcedureTranslation).englishNames : undefined,
      };
    })
    .sort(byOrder);
}

/**
 * Every article, from the compiled modules listed in content/manifest.ts: the
 * MDX compile has already validated each file's front matter and outlined its
 * body, so nothing here reads a file.
 */
export function loadContent(locale: Locale = DEFAULT_LOCALE): { guides: Guide[]; procedures: Procedure[] } {
  // The warning signs every page composes its cards from are checked first.
  validateSafetyData();
  if (locale === DEFAULT_LOCALE) return { guides: entriesOf(guideModules), procedures: entriesOf(procedureModules) };
  return {
    guides: translatedEntriesOf(guideTranslations, guideModules, locale),
    procedures: translatedEntriesOf<ProcedureMeta, ProcedureTranslation>(procedureTranslations, procedureModules, locale),
  };
}

export function getGuides(locale: Locale = DEFAULT_LOCALE): Guide[] {
  return loadContent(locale).guides;
}

export function getProcedures(locale: Locale = DEFAULT_LOCALE): Procedure[] {
  return loadContent(locale).procedures;
}

/** An article by its slug in that language. */
export function getGuide(slug: string, locale: Locale = DEFAULT_LOCALE): Guide | undefined {
  return getGuides(locale).find((g) => g.slug === slug);
}

export function getProcedure(slug: string, locale: Locale = DEFAULT_LOCALE): Procedure | undefined {
  return getProcedures(locale).find((p) => p.slug === slug);
}
