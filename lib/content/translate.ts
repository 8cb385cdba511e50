import type { ArticleMeta } from '@/content/schema/article';
import type { ProcedureMeta } from '@/content/schema/procedure';
import type { GuideTranslation, ProcedureTranslation } from '@/content/schema/translation';

/**
 * A translation's own words over its English twin's facts: dates, order, dose,
 * duration, warning signs and sources are the English page's, so they cannot
 * drift apart. Extra sources in the reader's language are added to the list.
 */
export function translatedMeta<Meta extends ArticleMeta>(base: Meta, words: GuideTranslation | ProcedureTranslation): Meta {
  const meta = {
    ...base,
    title: words.title,
    navTitle: words.navTitle,
    description: words.description,
    summary: words.summary,
    searchTerms: words.searchTerms,
    sources: [...base.sources, ...(words.sources ?? []).filter((s) => !base.sources.some((b) => b.url === s.url))],
  };
  if ('glance' in words && 'glance' in base) {
    const procedure = base as unknown as ProcedureMeta;
    return { ...meta, otherNames: words.otherNames, glance: { ...procedure.glance, ...words.glance } } as unknown as Meta;
  }
  return meta;
}

/** Whether the English file has changed since the translation recorded its version. */
export function isStale(words: { translatedFrom: string }, englishHash: string): boolean {
  return words.translatedFrom !== englishHash;
}
