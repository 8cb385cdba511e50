import { absoluteUrl, SITE_FEEDBACK_EMAIL } from '@/lib/site';

type Props = { path: string };

/**
 * "Report a mistake on this page": a plain email link with the page's address
 * in the subject. No form, no server, nothing sent unless the reader sends it.
 */
export function ReportMistake({ path }: Props) {
  const subject = `Mistake on ${absoluteUrl(path)}`;
  return (
    <p className="report-mistake mt-6 print:hidden">
      <a href={`mailto:${SITE_FEEDBACK_EMAIL}?subject=${encodeURIComponent(subject)}`}>Report a mistake on this page</a>
    </p>
  );
}
