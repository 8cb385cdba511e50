/**
 * What the search index leaves out of every page, by selector, at build time.
 * Reference numbers ("[1, 4]", components/mdx/Cite.tsx) are not words a reader
 * searches for, and in a result's excerpt they are noise. Naming them here
 * once, rather than marking each of a page's 40 to 80 citations, keeps the
 * pages lighter.
 */
export const LEFT_OUT_OF_SEARCH = ['sup.cite'];
