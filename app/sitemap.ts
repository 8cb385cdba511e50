import type { MetadataRoute } from 'next';
import { sitemapRoutes } from '@/lib/site-map';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapRoutes().map((route) => ({ url: absoluteUrl(route.path), lastModified: route.lastModified }));
}
