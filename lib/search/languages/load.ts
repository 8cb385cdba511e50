import type { Locale } from '@/lib/site-map/pages';
import type { QueryLanguage } from './types';

/**
 * The reading rules of one language, fetched by the search page when it first
 * searches: each page downloads only its own language's list of words.
 */
const loaders: Record<Locale, () => Promise<QueryLanguage>> = {
  en: () => import('./en').then((m) => m.english),
  es: () => import('./es').then((m) => m.spanish),
};

export function loadQueryLanguage(locale: Locale): Promise<QueryLanguage> {
  return loaders[locale]();
}
