import { layoutStrings } from '@/lib/i18n/layout';
import { formatDate } from '@/lib/site';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

type Props = { lastReviewed: string; nextReview: string; locale?: Locale };

/** When the page was last checked and when it will be checked again. */
export function ReviewDates({ lastReviewed, nextReview, locale = DEFAULT_LOCALE }: Props) {
  const t = layoutStrings[locale];
  return (
    <dl className="review-dates mt-6 grid grid-cols-[auto_1fr] gap-x-3 text-base text-muted">
      <dt>{t.lastReviewed}</dt>
      <dd>
        <time dateTime={lastReviewed}>{formatDate(lastReviewed, locale)}</time>
      </dd>
      <dt>{t.nextReview}</dt>
      <dd>
        <time dateTime={nextReview}>{formatDate(nextReview, locale)}</time>
      </dd>
    </dl>
  );
}
