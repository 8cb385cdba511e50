import { formatDate } from '@/lib/site';

type Props = { lastReviewed: string; nextReview: string };

/** When the page was last checked and when it will be checked again. */
export function ReviewDates({ lastReviewed, nextReview }: Props) {
  return (
    <dl className="review-dates mt-6 grid grid-cols-[auto_1fr] gap-x-3 text-base text-muted">
      <dt>Page last reviewed:</dt>
      <dd>
        <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
      </dd>
      <dt>Next review due:</dt>
      <dd>
        <time dateTime={nextReview}>{formatDate(nextReview)}</time>
      </dd>
    </dl>
  );
}
