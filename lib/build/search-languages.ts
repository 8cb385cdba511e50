import { LOCALES } from '../site-map/pages';

/** The part of Pagefind's pagefind-entry.json that says which language indexes it wrote. */
export type PagefindEntry = { languages: Record<string, { page_count: number }> };

/** The language of a built page, from its <html lang>, and whether it has a region for search to index. */
export function indexedLanguage(html: string): string | undefined {
  if (!/\bdata-pagefind-body\b/.test(html)) return undefined;
  return (/<html\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1] ?? 'unknown').toLowerCase();
}

/**
 * Pagefind writes one index per <html lang>, and a search page loads only the
 * index of its own language. So a page whose language is missing or wrong
 * would be searchable in the wrong edition, or in none: each edition's index
 * must hold exactly that edition's pages, and no other index may exist.
 */
export function searchLanguageErrors(entry: PagefindEntry, pagesByLanguage: Record<string, number>): string[] {
  const errors: string[] = [];
  for (const language of Object.keys(entry.languages)) {
    if (!(LOCALES as readonly string[]).includes(language)) errors.push(`an index for language "${language}", which is not an edition of the site`);
  }
  for (const [language, count] of Object.entries(pagesByLanguage)) {
    const indexed = entry.languages[language]?.page_count ?? 0;
    if (indexed !== count) errors.push(`${count} pages in "${language}" but its index holds ${indexed}`);
  }
  return errors;
}
