import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site';
import { SITEMAP_PATH } from '@/lib/site-map/pages';

export const dynamic = 'force-static';

/**
 * Every URL may be crawled. The pages that must stay out of search results
 * (/appointment/, /examples/, /search/) say so with `noindex` in the page
 * itself: a crawler barred by robots.txt never reads that, and may still list
 * the bare URL it found in a link.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: absoluteUrl(SITEMAP_PATH),
  };
}
