import type { SearchTerm } from '@/content/data/search-terms';

/** What the search needs to know of a language to read a query: its list of lay words and its stop words. */
export type QueryLanguage = {
  terms: SearchTerm[];
  /** Question words, pronouns and small words, dropped from a query. */
  stop: Set<string>;
  /** Words on nearly every page of the edition, which say nothing about which section answers. */
  everywhere: Set<string>;
};
