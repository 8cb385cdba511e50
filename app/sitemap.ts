import type { MetadataRoute } from 'next';
import { sitemapRoutes } from '@/lib/site-map';
import { LOCALES } from '@/lib/site-map/pages';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** Every indexed page of every edition, each with its twins in the other languages (hreflang in the sitemap). */
export default function sitemap(): MetadataRoute.Sitemap {
  return LOCALES.flatMap((locale) =>
    sitemapRoutes(locale).map((route) => ({
      url: absoluteUrl(route.path),
      lastModified: route.lastModified,
      ...(Object.keys(route.alternates).length > 1
        ? { alternates: { languages: Object.fromEntries(Object.entries(route.alternates).map(([l, p]) => [l, absoluteUrl(p)])) } }
        : {}),
    })),
  );
}
