import { getGuides, getProcedures } from '@/lib/content';
import { SITE_PAGES_REVIEWED } from '@/lib/site';

export type IndexedRoute = { path: string; lastModified: string };

/**
 * Every page that search engines should list, with the date its facts were last
 * reviewed. Pages that are personal or for testing (/appointment/, /search/,
 * /examples/) are marked noindex and left out.
 */
export function indexedRoutes(): IndexedRoute[] {
  const guides = getGuides().map((g) => ({ path: `/${g.slug}/`, lastModified: g.meta.lastReviewed }));
  const procedures = getProcedures().map((p) => ({ path: `/procedures/${p.slug}/`, lastModified: p.meta.lastReviewed }));
  const latest = [...guides, ...procedures].map((r) => r.lastModified).sort().at(-1) ?? SITE_PAGES_REVIEWED;
  const latestProcedure = procedures.map((r) => r.lastModified).sort().at(-1) ?? SITE_PAGES_REVIEWED;
  return [
    { path: '/', lastModified: latest },
    ...guides,
    { path: '/procedures/', lastModified: latestProcedure },
    ...procedures,
    { path: '/glossary/', lastModified: SITE_PAGES_REVIEWED },
    { path: '/about/', lastModified: SITE_PAGES_REVIEWED },
    { path: '/for-clinics/', lastModified: SITE_PAGES_REVIEWED },
  ];
}
