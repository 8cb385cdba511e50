import type { SearchTerm } from '@/content/data/search-terms';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import { english } from './languages/en';
import { spanish } from './languages/es';
import type { QueryLanguage } from './languages/types';
import { prepare, type PreparedQuery } from './prepare';

/** Both languages' reading rules at once, for tests and tools; the search page loads only its own (languages/load.ts). */
export const QUERY_LANGUAGES: Record<Locale, QueryLanguage> = { en: english, es: spanish };

/** A query read by the rules of a language, or by a list of lay words given in place of its own. */
export function prepareQuery(raw: string, locale: Locale = DEFAULT_LOCALE, terms?: SearchTerm[]): PreparedQuery {
  const language = QUERY_LANGUAGES[locale];
  return prepare(raw, terms ? { ...language, terms } : language);
}
