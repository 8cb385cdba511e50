import { glossaryEs } from '@/content/data/es/glossary';
import { sharedTextEs } from '@/content/data/es/shared-text';
import { glossary, type GlossaryEntry, type GlossaryId } from '@/content/data/glossary';
import { sharedText, type SharedParagraph, type SharedTextId } from '@/content/data/shared-text';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

/*
 * The words of the shared data in each language. Ids, sources and order stay
 * in the English files; a language only adds its words under the same ids.
 */

const GLOSSARY: Record<Locale, Record<GlossaryId, GlossaryEntry>> = { en: glossary, es: glossaryEs };

export function glossaryOf(locale: Locale = DEFAULT_LOCALE): Record<GlossaryId, GlossaryEntry> {
  return GLOSSARY[locale];
}

/** A shared block's paragraphs in a language, each with the sources its English paragraph cites. */
export function sharedParagraphs(id: SharedTextId, locale: Locale = DEFAULT_LOCALE): SharedParagraph[] {
  const english = sharedText[id] as readonly SharedParagraph[];
  if (locale === DEFAULT_LOCALE) return [...english];
  const words = (sharedTextEs as Record<SharedTextId, readonly string[]>)[id];
  if (words.length !== english.length) throw new Error(`content/data/es/shared-text.ts: "${id}" must have ${english.length} paragraphs, as the English has`);
  return english.map((paragraph, i) => ({ text: words[i], sources: paragraph.sources }));
}
