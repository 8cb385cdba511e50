import type { Locale } from '@/lib/site-map/pages';

/**
 * The language of a page from its <html lang>, for the scripts that run on it.
 * A module of its own: a browser chunk shared by two islands then holds this
 * line, not either island's strings.
 */
export function localeOfLang(lang: string): Locale {
  return lang.toLowerCase().startsWith('es') ? 'es' : 'en';
}
