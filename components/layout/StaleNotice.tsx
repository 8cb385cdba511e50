import { articleStrings } from '@/lib/i18n/article';
import type { Locale } from '@/lib/site-map/pages';

type Props = { locale: Locale; source: { href: string; locale: Locale } };

/**
 * Shown on a translation whose English page has changed since it was
 * translated, until the translation is brought up to date: the reader learns
 * the facts may have moved on, and where the current page is.
 */
export function StaleNotice({ locale, source }: Props) {
  const t = articleStrings[locale];
  return (
    <p className="stale-notice not-prose mb-5 max-w-prose border-l-8 border-warning bg-warningTint px-4 py-3" role="note">
      {t.staleNotice}{' '}
      <a href={source.href} hrefLang={source.locale} lang={source.locale === locale ? undefined : source.locale}>
        {t.staleLink}
      </a>
    </p>
  );
}
