import {
  DEFAULT_LOCALE,
  FOOTER_PAGES,
  ALL_GUIDES_ID,
  NAV_PAGES,
  PROCEDURES_SEGMENT,
  STATIC_PAGES,
  type Locale,
  type PageKind,
  type StaticKey,
} from './pages';
import { beforeTheDayKeys, footerLabel, homeLinks, navStrings, pageLabel, type KeyedLink } from './strings';

/** A link as the navigation, footer and breadcrumbs show it. */
export type PageLink = { href: string; label: string };

/** What the site map needs to know of an article: its slug and a few front matter fields. */
export type ArticleSummary = {
  slug: string;
  /** For a translation, the English slug: the key both editions of the page share. */
  twin?: string;
  meta: { title: string; navTitle?: string; lastReviewed: string };
};
export type SiteContent = { guides: readonly ArticleSummary[]; procedures: readonly ArticleSummary[] };

export type SiteEntry = {
  /** "home", "guide:risks", "procedure:myelogram": stable across languages. */
  key: string;
  kind: PageKind;
  locale: Locale;
  /** For articles, the file name; for other pages, the path segment. */
  slug: string;
  /** The name in the navigation (an article's navTitle, or its title). */
  label: string;
  /** The full title (the label for fixed pages). */
  title: string;
  indexed: boolean;
  nav: boolean;
  interactive: boolean;
  /** The date the facts were last reviewed, for the sitemap (articles only). */
  lastReviewed?: string;
};

/** The path of a page, given its kind and slug. The only place a path is put together. */
export function pathOf(kind: PageKind, slug: string, locale: Locale = DEFAULT_LOCALE): string {
  // English lives at the root; another language gets its code as a prefix.
  const prefix = locale === DEFAULT_LOCALE ? '' : `/${locale}`;
  if (kind === 'procedure') return `${prefix}/${PROCEDURES_SEGMENT[locale]}/${slug}/`;
  return slug ? `${prefix}/${slug}/` : `${prefix}/`;
}

/** The link to an entry, with an optional section of the page. */
export function hrefOf(entry: Pick<SiteEntry, 'kind' | 'slug' | 'locale'>, hash?: string): string {
  const path = pathOf(entry.kind, entry.slug, entry.locale);
  return hash ? `${path}#${hash}` : path;
}

/** The path of a fixed page; these need no content to know. */
export function staticHref(key: StaticKey, locale: Locale = DEFAULT_LOCALE, hash?: string): string {
  return hrefOf({ kind: 'utility', slug: STATIC_PAGES.find((p) => p.key === key)!.segment[locale], locale }, hash);
}

/** The links in every page's footer. */
export function footerLinks(locale: Locale = DEFAULT_LOCALE): PageLink[] {
  return FOOTER_PAGES.map((key) => ({ href: staticHref(key, locale), label: footerLabel(key, locale) }));
}

function staticEntry(key: StaticKey, locale: Locale): SiteEntry {
  const page = STATIC_PAGES.find((p) => p.key === key)!;
  return {
    key,
    kind: page.kind,
    locale,
    slug: page.segment[locale],
    label: pageLabel(key, locale),
    title: pageLabel(key, locale),
    indexed: page.indexed,
    nav: NAV_PAGES.includes(key),
    interactive: page.interactive,
  };
}

function articleEntry(kind: 'guide' | 'procedure', article: ArticleSummary, locale: Locale): SiteEntry {
  return {
    key: `${kind}:${article.twin ?? article.slug}`,
    kind,
    locale,
    slug: article.slug,
    label: article.meta.navTitle ?? article.meta.title,
    title: article.meta.title,
    indexed: true,
    // The guides are the main navigation; procedures are reached from their index.
    nav: kind === 'guide',
    interactive: false,
    lastReviewed: article.meta.lastReviewed,
  };
}

/**
 * Every page of the site, in sitemap order: home, the guides, the test index
 * and its tests, then the other pages.
 */
function buildSiteMap(content: SiteContent, locale: Locale = DEFAULT_LOCALE): SiteEntry[] {
  const rest = STATIC_PAGES.filter((p) => p.key !== 'home' && p.key !== 'procedures' && (p.locales ?? [locale]).includes(locale)).map((p) =>
    staticEntry(p.key, locale),
  );
  return [
    staticEntry('home', locale),
    ...content.guides.map((g) => articleEntry('guide', g, locale)),
    staticEntry('procedures', locale),
    ...content.procedures.map((p) => articleEntry('procedure', p, locale)),
    ...rest,
  ];
}

/** The site map with the questions pages ask of it. */
export function siteMapOf(content: SiteContent, locale: Locale = DEFAULT_LOCALE) {
  const entries = buildSiteMap(content, locale);
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const page = (key: StaticKey) => byKey.get(key)!;
  return {
    locale,
    entries,
    page,
    href: (key: StaticKey, hash?: string) => hrefOf(page(key), hash),
    /** A link to a fixed page with its usual name. */
    link: (key: StaticKey): PageLink => ({ href: hrefOf(page(key)), label: page(key).label }),
    /** An article by its English slug, the key every edition shares. */
    guide: (slug: string) => byKey.get(`guide:${slug}`),
    /** The path of an article (named by its English slug) that exists; throws for one that does not, so no link can point nowhere. */
    articleHref: (kind: 'guide' | 'procedure', slug: string, hash?: string) => {
      const entry = byKey.get(`${kind}:${slug}`);
      if (!entry) throw new Error(`There is no ${kind} "${slug}" in the site map`);
      return hrefOf(entry, hash);
    },
    procedure: (slug: string) => byKey.get(`procedure:${slug}`),
    /** The main navigation: the test index, the guides a reader needs around an appointment, then all guides. */
    nav: (): PageLink[] => {
      const { guides, allGuides } = navStrings(locale);
      return [
        ...[...NAV_PAGES.map(page), ...guides.flatMap((key) => byKey.get(key) ?? [])].map((e) => ({ href: hrefOf(e), label: e.label })),
        { href: hrefOf(page('home'), ALL_GUIDES_ID), label: allGuides },
      ];
    },
    footer: (): PageLink[] => footerLinks(locale),
    /** The ways in from the home page, without links to pages that do not exist. */
    homePaths: () => {
      const resolve = (links: KeyedLink[]): PageLink[] =>
        links.flatMap(({ key, label }) => {
          const entry = byKey.get(key);
          return entry ? [{ href: hrefOf(entry), label }] : [];
        });
      const { appointment, understand } = homeLinks(locale);
      return { appointment: resolve(appointment), understand: resolve(understand) };
    },
    /** The guides to read before an appointment, with their titles; those not yet written are left out. */
    beforeTheDay: (): PageLink[] =>
      beforeTheDayKeys(locale).flatMap((key) => {
        const entry = byKey.get(key);
        return entry ? [{ href: hrefOf(entry), label: entry.title }] : [];
      }),
    /** Every page a reader can reach, by path, indexed or not. */
    paths: () => entries.map((e) => hrefOf(e)),
    pathOf: (entry: SiteEntry) => hrefOf(entry),
  };
}

/** A link to a fixed page with its usual name, for breadcrumbs. */
export function pageLink(key: StaticKey, locale: Locale = DEFAULT_LOCALE): PageLink {
  return { href: staticHref(key, locale), label: pageLabel(key, locale) };
}
