/*
 * Every page of the site that is not an article, with what kind of page it is
 * and where it appears. Articles join these in build.ts. Paths are never
 * written by hand anywhere else: ask hrefOf() for them.
 */

/** Languages the site is published in. A second one adds its code here, its strings and its content folders. */
export const LOCALES = ['en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export type PageKind = 'guide' | 'procedure' | 'index' | 'interactive' | 'utility';

export type StaticKey = 'home' | 'procedures' | 'glossary' | 'about' | 'for-clinics' | 'search' | 'appointment' | 'examples';

export type StaticPage = {
  key: StaticKey;
  /** The path segment after the locale ('' for the home page). */
  segment: string;
  kind: PageKind;
  /** Listed in the sitemap; pages that are personal or for testing are not. */
  indexed: boolean;
  /** Starts a client island, so it gets the interactive security policy. */
  interactive: boolean;
};

export const STATIC_PAGES: readonly StaticPage[] = [
  { key: 'home', segment: '', kind: 'index', indexed: true, interactive: false },
  { key: 'procedures', segment: 'procedures', kind: 'index', indexed: true, interactive: false },
  { key: 'glossary', segment: 'glossary', kind: 'index', indexed: true, interactive: false },
  { key: 'about', segment: 'about', kind: 'utility', indexed: true, interactive: false },
  { key: 'for-clinics', segment: 'for-clinics', kind: 'interactive', indexed: true, interactive: true },
  { key: 'search', segment: 'search', kind: 'interactive', indexed: false, interactive: true },
  { key: 'appointment', segment: 'appointment', kind: 'interactive', indexed: false, interactive: true },
  { key: 'examples', segment: 'examples', kind: 'utility', indexed: false, interactive: false },
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
  ...STATIC_PAGES.map((page) => page.segment).filter(Boolean),
  ...SYSTEM_SEGMENTS,
]);

/** Where the sitemap file is served (app/sitemap.ts). */
export const SITEMAP_PATH = '/sitemap.xml';

/** Where a procedure page lives, under its index. */
export const PROCEDURES_SEGMENT = 'procedures';

