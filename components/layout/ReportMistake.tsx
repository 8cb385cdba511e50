import { layoutStrings } from '@/lib/i18n/layout';
import { absoluteUrl, SITE_FEEDBACK_EMAIL } from '@/lib/site';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

type Props = { path: string; locale?: Locale };

/**
 * "Report a mistake on this page": a plain email link with the page's address
 * in the subject. No form, no server, nothing sent unless the reader sends it.
 */
export function ReportMistake({ path, locale = DEFAULT_LOCALE }: Props) {
  const t = layoutStrings[locale];
  const subject = t.mistakeSubject(absoluteUrl(path));
  return (
    <p className="report-mistake mt-6 print:hidden">
      <a href={`mailto:${SITE_FEEDBACK_EMAIL}?subject=${encodeURIComponent(subject)}`}>{t.reportMistake}</a>
    </p>
  );
}
