import { indexedLanguage, searchLanguageErrors } from './search-languages';

describe('indexedLanguage', () => {
  it('reads the language of a page that search indexes', () => {
    expect(indexedLanguage('<html lang="es"><body><main data-pagefind-body>x</main></body></html>')).toBe('es');
    expect(indexedLanguage('<html><body><main data-pagefind-body>x</main></body></html>')).toBe('unknown');
  });

  it('skips a page with no region to index', () => {
    expect(indexedLanguage('<html lang="en"><body><main>x</main></body></html>')).toBeUndefined();
  });
});

describe('searchLanguageErrors', () => {
  const entry = { languages: { en: { page_count: 26 }, es: { page_count: 26 } } };

  it('accepts one index per edition holding that edition\'s pages', () => {
    expect(searchLanguageErrors(entry, { en: 26, es: 26 })).toEqual([]);
  });

  it('names a page that landed in another index or in an index of no edition', () => {
    const mixed = { languages: { en: { page_count: 27 }, es: { page_count: 25 } } };
    expect(searchLanguageErrors(mixed, { en: 26, es: 26 })).toHaveLength(2);
    const unknown = { languages: { ...entry.languages, unknown: { page_count: 1 } } };
    expect(searchLanguageErrors(unknown, { en: 26, es: 26, unknown: 1 })[0]).toContain('"unknown"');
  });
});
