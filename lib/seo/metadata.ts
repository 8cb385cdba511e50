import type { Metadata } from 'next';
import { SITE_NAME } from '@/lib/site';

type Input = { title: string; description: string; path: string; noindex?: boolean };

/**
 * Metadata every page gets: title, description, canonical, Open Graph and
 * Twitter card. The share image comes from the opengraph-image route files.
 */
export function pageMetadata({ title, description, path, noindex }: Input): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: 'article',
      siteName: SITE_NAME,
      title,
      description,
      url: path,
      locale: 'en_US',
    },
    twitter: { card: 'summary_large_image', title, description },
    robots: noindex ? { index: false, follow: true } : undefined,
  };
}
