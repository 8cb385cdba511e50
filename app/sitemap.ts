import type { MetadataRoute } from 'next';
import { indexedRoutes } from '@/lib/seo/routes';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return indexedRoutes().map((route) => ({ url: absoluteUrl(route.path), lastModified: route.lastModified }));
}
