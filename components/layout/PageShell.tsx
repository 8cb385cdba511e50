import type { ReactNode } from 'react';
import { siteMap } from '@/lib/site-map';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import { SiteHeader } from './SiteHeader';

type Props = {
  locale?: Locale;
  current?: string;
  searchSlot?: boolean;
  /** This page in the other language, for the language link; pages with no twin leave it out. */
  alternate?: { locale: Locale; href: string };
  children: ReactNode;
};

/**
 * The header and <main> of every page. Each page passes its own path, so the
 * main navigation can mark where the reader is (aria-current), which a root
 * layout cannot know in a static export.
 */
export function PageShell({ locale = DEFAULT_LOCALE, current, searchSlot, alternate, children }: Props) {
  return (
    <>
      <SiteHeader locale={locale} items={siteMap(locale).nav()} current={current} searchSlot={searchSlot} alternate={alternate} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-page px-4 pt-5 pb-8 focus:outline-none sm:pt-8">
        {children}
      </main>
    </>
  );
}
