import { loadContent } from '@/lib/content';
import { SITE_PAGES_REVIEWED } from '@/lib/site';
import { hrefOf, siteMapOf } from './build';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './pages';


/** The site map of the published content in one language. */
export function siteMap(locale: Locale = DEFAULT_LOCALE) {
  return siteMapOf(loadContent(locale), locale);
}

/** The path of the page with this site map key in every language that has it ("guide:risks" gives /risks/ and /es/riesgos/). */
export function alternatesOf(key: string): Partial<Record<Locale, string>> {
  return Object.fromEntries(
    LOCALES.flatMap((locale) => {
      const entry = siteMap(locale).entries.find((e) => e.key === key);
      return entry ? [[locale, hrefOf(entry)] as const] : [];
    }),
  );
}

/** The same page in the other language, for the language link: the first language that has it besides this one. */
export function otherEdition(key: string, locale: Locale): { locale: Locale; href: string } | undefined {
  const alternates = alternatesOf(key);
  const other = LOCALES.find((l) => l !== locale && alternates[l]);
  return other ? { locale: other, href: alternates[other]! } : undefined;
}

export type SitemapRoute = { path: string; lastModified: string; alternates: Partial<Record<Locale, string>> };

/**
 * Every page search engines should list, with the date its facts were last
 * reviewed. A list page takes the latest date of what it lists.
 */
export function sitemapRoutes(locale: Locale = DEFAULT_LOCALE): SitemapRoute[] {
  // A translated page was last reviewed when its English twin was: the dates come from the English front matter.
  const map = siteMap(locale);
  const latest = (dates: (string | undefined)[]) => dates.filter(Boolean).sort().at(-1) ?? SITE_PAGES_REVIEWED;
  const articles = map.entries.filter((e) => e.lastReviewed);
  const procedures = articles.filter((e) => e.kind === 'procedure');
  return map.entries
    .filter((e) => e.indexed)
    .map((e) => ({
      path: map.pathOf(e),
      alternates: alternatesOf(e.key),
      lastModified:
        e.lastReviewed ??
        (e.key === 'home'
          ? latest(articles.map((a) => a.lastReviewed))
          : e.key === 'procedures'
            ? latest(procedures.map((p) => p.lastReviewed))
            : SITE_PAGES_REVIEWED),
    }));
}
