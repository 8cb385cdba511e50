import { Island } from '@/components/layout/Island';
import { SearchForm } from '@/components/layout/SearchForm';
import { searchResultStrings, searchStatusStrings } from '@/lib/i18n/search';
import type { Locale } from '@/lib/site-map/pages';

type Props = {
  locale: Locale;
  /** Where a reader who found nothing can look instead, in the page's own language. */
  help: { tests: string; questions: string };
};

/** What a template holds where the script puts a title or a word: never shown, since templates are inert. */
const PLACEHOLDER = '…';

/**
 * The search page's results island, as HTML: an empty status region, and
 * inert templates that the script in components/islands/search/ copies and
 * fills with text. Without JavaScript nothing here shows, so the page has no
 * box that cannot search: the live box is a template too, and the script puts
 * it in the header's place for it. The status lines, which the script writes
 * with a number or the reader's words in them, go beside it as data, in the
 * page's language only.
 */
export function SearchResults({ locale, help }: Props) {
  const t = searchResultStrings[locale];
  return (
    <Island name="search" props={{ status: searchStatusStrings[locale] }}>
      <div data-island="search" className="site-search min-h-24">
        <p role="status" aria-live="polite" className="mb-4 text-lg" />
        <template data-template="box">
          <SearchForm locale={locale} />
        </template>
        {/* Everything around the results, in the order it shows; the script shows each part only when it applies. */}
        <template data-template="parts">
          <p data-slot="did-you-mean" className="mb-4 text-lg">
            {`${t.didYouMean} `}
            <button type="button" className="font-bold text-brand underline">
              {PLACEHOLDER}
            </button>
            {t.questionEnd}
          </p>
          <p data-slot="fewer-words" className="mb-4">
            {t.fewerWords}
          </p>
          <ol data-slot="results" className="search-results space-y-6" />
          <button type="button" data-slot="more" className="mt-6 min-h-11 rounded border-2 border-brand px-4 font-bold text-brand">
            {t.showMore}
          </button>
          <p data-slot="none" className="mb-4">
            {t.noResults.before}
            <a href={help.tests}>{t.noResults.tests}</a>
            {t.noResults.or}
            <a href={help.questions}>{t.noResults.faq}</a>
            {t.noResults.after}
          </p>
        </template>
        <template data-template="hit">
          <li>
            <h2 className="text-xl font-bold">
              <a href="/">{PLACEHOLDER}</a>
            </h2>
            <p data-slot="section" className="text-base text-muted">
              {`${t.section} `}
              <a href="/">{PLACEHOLDER}</a>
            </p>
            <p data-slot="excerpt" />
          </li>
        </template>
      </div>
    </Island>
  );
}
