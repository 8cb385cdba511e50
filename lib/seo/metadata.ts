import type { Metadata } from 'next';
import { layoutStrings } from '@/lib/i18n/layout';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

type Input = {
  title: string;
  description: string;
  path: string;
  noindex?: boolean;
  shortTitle?: string;
  locale?: Locale;
  /** The page in every language that has it, for hreflang links; the English one is also the default. */
  alternates?: Partial<Record<Locale, string>>;
};

const OG_LOCALE: Record<Locale, string> = { en: 'en_US', es: 'es_US' };

/** Search results cut titles at about 70 characters, so the <title> (with the site's name) stays within it. */
const MAX_TITLE = 70;

/**
 * Metadata every page gets: title, description, canonical, Open Graph and
 * Twitter card. The share image comes from the opengraph-image route files.
 */
export function pageMetadata({ title, description, path, noindex, shortTitle, locale = DEFAULT_LOCALE, alternates }: Input): Metadata {
  const siteName = layoutStrings[locale].siteName;
  const fits = (t: string) => t.length + ` | ${siteName}`.length <= MAX_TITLE;
  const languages = alternates && Object.keys(alternates).length > 1 ? { ...alternates, 'x-default': alternates[DEFAULT_LOCALE] ?? path } : undefined;
  return {
    title: fits(title) || !shortTitle ? title : shortTitle,
    description,
    alternates: { canonical: path, ...(languages ? { languages } : {}) },
    openGraph: {
      type: 'article',
      siteName,
      title,
      description,
      url: path,
      locale: OG_LOCALE[locale],
      ...(languages ? { alternateLocale: Object.keys(alternates!).filter((l) => l !== locale).map((l) => OG_LOCALE[l as Locale]) } : {}),
    },
    // X (Twitter) reads the title, description and image from the Open Graph tags; only the card size is its own.
    twitter: { card: 'summary_large_image' },
    robots: noindex ? { index: false, follow: true } : undefined,
  };
}
