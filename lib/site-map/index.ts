import { loadContent } from '@/lib/content';
import { SITE_PAGES_REVIEWED } from '@/lib/site';
import { siteMapOf } from './build';
import { DEFAULT_LOCALE, type Locale } from './pages';


/** The site map of the published content. */
export function siteMap(locale: Locale = DEFAULT_LOCALE) {
  return siteMapOf(loadContent(), locale);
}

export type SitemapRoute = { path: string; lastModified: string };

/**
 * Every page search engines should list, with the date its facts were last
 * reviewed. A list page takes the latest date of what it lists.
 */
export function sitemapRoutes(locale: Locale = DEFAULT_LOCALE): SitemapRoute[] {
  const map = siteMap(locale);
  const latest = (dates: (string | undefined)[]) => dates.filter(Boolean).sort().at(-1) ?? SITE_PAGES_REVIEWED;
  const articles = map.entries.filter((e) => e.lastReviewed);
  const procedures = articles.filter((e) => e.kind === 'procedure');
  return map.entries
    .filter((e) => e.indexed)
    .map((e) => ({
      path: map.pathOf(e),
      lastModified:
        e.lastReviewed ??
        (e.key === 'home'
          ? latest(articles.map((a) => a.lastReviewed))
          : e.key === 'procedures'
            ? latest(procedures.map((p) => p.lastReviewed))
            : SITE_PAGES_REVIEWED),
    }));
}
