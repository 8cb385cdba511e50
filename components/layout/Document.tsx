import type { ReactNode } from 'react';
import type { Locale } from '@/lib/site-map/pages';
import { SiteFooter } from './SiteFooter';
import { SkipLink } from './SkipLink';

/**
 * The <html> of every page of one edition. Each language has its own root
 * layout (a static export cannot change <html lang> per page otherwise), and
 * both render this.
 */
export function Document({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={locale}>
      <body>
        <SkipLink locale={locale} />
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
