import type { ReactNode } from 'react';
import { siteMap } from '@/lib/site-map';
import { SiteHeader } from './SiteHeader';

type Props = { current?: string; searchSlot?: boolean; children: ReactNode };

/**
 * The header and <main> of every page. Each page passes its own path, so the
 * main navigation can mark where the reader is (aria-current), which a root
 * layout cannot know in a static export.
 */
export function PageShell({ current, searchSlot, children }: Props) {
  return (
    <>
      <SiteHeader items={siteMap().nav()} current={current} searchSlot={searchSlot} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-page px-4 pt-5 pb-8 focus:outline-none sm:pt-8">
        {children}
      </main>
    </>
  );
}
