import type { Metadata, Viewport } from 'next';
import { colors } from '@/lib/design/tokens';
import { layoutStrings } from '@/lib/i18n/layout';
import { SITE_URL } from '@/lib/site';
import type { Locale } from '@/lib/site-map/pages';

/** What every page of an edition shares: its site name in titles, and the theme colour. */
export function rootMetadata(locale: Locale): Metadata {
  const t = layoutStrings[locale];
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: t.siteName, template: `%s | ${t.siteName}` },
    description: t.tagline,
    applicationName: t.siteName,
    formatDetection: { telephone: false },
  };
}

export const rootViewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: colors.brand,
};
