import { layoutStrings } from '@/lib/i18n/layout';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

/** The first thing a keyboard user reaches: a jump past the header to the main content. */
export function SkipLink({ locale = DEFAULT_LOCALE }: { locale?: Locale }) {
  return (
    <a
      href="#main"
      className="skip-link sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:p-3 focus:text-lg"
    >
      {layoutStrings[locale].skipLink}
    </a>
  );
}
