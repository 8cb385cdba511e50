/*
 * Every page of the site that is not an article, with what kind of page it is
 * and where it appears. Articles join these in build.ts. Paths are never
 * written by hand anywhere else: ask hrefOf() for them.
 */

/** Languages the site is published in. Another one adds its code here, its strings and its content folders. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself, for the link to the other edition. */
export const LANGUAGE_NAME: Record<Locale, string> = { en: 'English', es: 'Español' };

export type PageKind = 'guide' | 'procedure' | 'index' | 'interactive' | 'utility';

export type StaticKey = 'home' | 'procedures' | 'glossary' | 'about' | 'for-clinics' | 'search' | 'appointment' | 'examples' | 'not-found';

export type StaticPage = {
  key: StaticKey;
  /** The path segment after the locale in each language ('' for the home page). Once published, never renamed. */
  segment: Record<Locale, string>;
  kind: PageKind;
  /** Listed in the sitemap; pages that are personal or for testing are not. */
  indexed: boolean;
  /** Starts a client island, so it gets the interactive security policy. */
  interactive: boolean;
  /** The editions that have this page; all of them unless it says. */
  locales?: readonly Locale[];
};

export const STATIC_PAGES: readonly StaticPage[] = [
  { key: 'home', segment: { en: '', es: '' }, kind: 'index', indexed: true, interactive: false },
  { key: 'procedures', segment: { en: 'procedures', es: 'procedimientos' }, kind: 'index', indexed: true, interactive: false },
  { key: 'glossary', segment: { en: 'glossary', es: 'glosario' }, kind: 'index', indexed: true, interactive: false },
  { key: 'about', segment: { en: 'about', es: 'acerca-de' }, kind: 'utility', indexed: true, interactive: false },
  { key: 'for-clinics', segment: { en: 'for-clinics', es: 'para-clinicas' }, kind: 'interactive', indexed: true, interactive: true },
  { key: 'search', segment: { en: 'search', es: 'buscar' }, kind: 'interactive', indexed: false, interactive: true },
  { key: 'appointment', segment: { en: 'appointment', es: 'cita' }, kind: 'interactive', indexed: false, interactive: true },
  // The component fixtures for tests and reviewers, in English only: it is not a page for readers.
  { key: 'examples', segment: { en: 'examples', es: 'ejemplos' }, kind: 'utility', indexed: false, interactive: false, locales: ['en'] },
  { key: 'not-found', segment: { en: 'page-not-found', es: 'pagina-no-encontrada' }, kind: 'utility', indexed: false, interactive: false },
];

/**
 * Before the guides in the main navigation, which is short enough for one row
 * on a tablet. The glossary and the clinic tools are in the footer, since few
 * readers look for them.
 */
export const NAV_PAGES: readonly StaticKey[] = ['procedures'];

/** The id of the home page's list of every guide, the last link of the main navigation. */
export const ALL_GUIDES_ID = 'all-guides';

/** The links in every page's footer, in order. */
export const FOOTER_PAGES: readonly StaticKey[] = ['about', 'procedures', 'glossary', 'for-clinics'];

/** Segments the host or the build uses, so no article may take them as its slug. */
const SYSTEM_SEGMENTS = ['sitemap', 'robots', '_next', 'pagefind'];

/** Words that already name a route, so an article with that slug would be unreachable. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  ...STATIC_PAGES.flatMap((page) => Object.values(page.segment)).filter(Boolean),
  ...LOCALES.filter((locale) => locale !== DEFAULT_LOCALE),
  ...SYSTEM_SEGMENTS,
]);

/** Where the sitemap file is served (app/sitemap.ts). */
export const SITEMAP_PATH = '/sitemap.xml';

/** Where a procedure page lives: under the test index, in each language. */
export const PROCEDURES_SEGMENT: Record<Locale, string> = { en: 'procedures', es: 'procedimientos' };

/** Where each language's "page not found" page is written for hosts to serve (out/404.html, out/es/404.html). */
export const NOT_FOUND_FILE: Record<Locale, string> = { en: '404.html', es: 'es/404.html' };

