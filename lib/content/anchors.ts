import type { Outline } from '@/content/schema/outline';
import { siteMapOf, type SiteContent } from '@/lib/site-map/build';

import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

type Outlined = SiteContent['guides'][number] & { outline: Outline };

/** Where the list of public section ids is kept; ids are added to it, and taken out only by hand. */
export const PUBLIC_ANCHORS_FILE = 'tests/fixtures/public-anchors.json';

/**
 * Every section id a link can point at, by page: the headings of every
 * article and of the About page. A clinic may have printed any of them.
 */
export function anchorsByPage(content: { guides: Outlined[]; procedures: Outlined[] }, about: Outline, locale: Locale = DEFAULT_LOCALE): Record<string, string[]> {
  const map = siteMapOf(content, locale);
  const ids = (outline: Outline) => outline.headings.map((h) => h.id);
  return Object.fromEntries([
    ...content.guides.map((g) => [map.articleHref('guide', g.twin ?? g.slug), ids(g.outline)] as const),
    ...content.procedures.map((p) => [map.articleHref('procedure', p.twin ?? p.slug), ids(p.outline)] as const),
    [map.href('about'), ids(about)] as const,
  ]);
}

/** The kept list with today's ids added: nothing is ever dropped, so a removal shows as a failing test. */
export function mergeAnchors(kept: Record<string, string[]>, now: Record<string, string[]>): Record<string, string[]> {
  const pages = [...new Set([...Object.keys(kept), ...Object.keys(now)])].sort();
  return Object.fromEntries(pages.map((page) => [page, [...new Set([...(kept[page] ?? []), ...(now[page] ?? [])])]]));
}
