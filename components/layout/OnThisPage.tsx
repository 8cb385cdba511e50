import type { Heading } from '@/content/schema/outline';
import { articleStrings } from '@/lib/i18n/article';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

type Props = {
  headings: Pick<Heading, 'id' | 'text'>[];
  /**
   * "fold": a native disclosure, closed, for phones and tablets, so the article starts near the top of the screen.
   * "column": always open, for the empty column beside the article on a wide screen.
   */
  variant?: 'fold' | 'column';
  locale?: Locale;
};

function Links({ headings }: { headings: Pick<Heading, 'id' | 'text'>[] }) {
  return (
    <ul className="space-y-1">
      {headings.map((heading) => (
        <li key={heading.id}>
          <a href={`#${heading.id}`}>
            {heading.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The contents list: a link to each section (h2) of the article. Left out of site search: it only repeats the headings. */
export function OnThisPage({ headings, variant = 'column', locale = DEFAULT_LOCALE }: Props) {
  const t = articleStrings[locale];
  if (headings.length < 2) return null;
  if (variant === 'fold') {
    return (
      <details className="disclosure on-this-page on-this-page-fold mb-6 max-w-prose border-y-2 border-line" data-pagefind-ignore>
        <summary className="flex min-h-11 cursor-pointer items-center py-2 text-lg font-bold">
          {t.onThisPageCount(headings.length)}
        </summary>
        {/* Its own name: both lists are in the page, and a landmark name must be unique (only one is ever shown). */}
        <nav aria-label={t.sectionsLabel} className="border-l-4 border-line pb-3 pl-4">
          <Links headings={headings} />
        </nav>
      </details>
    );
  }
  return (
    <nav aria-labelledby="on-this-page" className="on-this-page on-this-page-column border-l-4 border-line pl-4" data-pagefind-ignore>
      <h2 id="on-this-page" className="mb-2 text-lg font-bold">
        {t.onThisPage}
      </h2>
      <Links headings={headings} />
    </nav>
  );
}
