import type { Metadata } from 'next';
import { SITE_NAME } from '@/lib/site';

type Input = { title: string; description: string; path: string; noindex?: boolean; shortTitle?: string };

/** Search results cut titles at about 70 characters, so the <title> (with the site's name) stays within it. */
const MAX_TITLE = 70;
const TITLE_SUFFIX = ` | ${SITE_NAME}`;

/**
 * Metadata every page gets: title, description, canonical, Open Graph and
 * Twitter card. The share image comes from the opengraph-image route files.
 */
export function pageMetadata({ title, description, path, noindex, shortTitle }: Input): Metadata {
  const fits = (t: string) => t.length + TITLE_SUFFIX.length <= MAX_TITLE;
  return {
    title: fits(title) || !shortTitle ? title : shortTitle,
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
