import { searchBoxStrings } from '@/lib/i18n/search';
import { MAX_QUERY } from '@/lib/search/limits';
import { staticHref } from '@/lib/site-map/build';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

/**
 * The header search box: an ordinary form that sends the words to /search/?q=...,
 * so it works from pages that carry no JavaScript. The search page holds this
 * same form in a template, and its script puts it in the header and drives it.
 */
export function SearchForm({ locale = DEFAULT_LOCALE }: { locale?: Locale }) {
  const t = searchBoxStrings[locale];
  return (
    <form
      role="search"
      aria-label={t.formLabel}
      action={staticHref('search', locale)}
      method="get"
      className="search-form flex w-full items-stretch sm:w-auto"
    >
      <label htmlFor="site-search" className="sr-only">
        {t.label}
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        placeholder={t.placeholder}
        autoComplete="off"
        maxLength={MAX_QUERY}
        className="min-h-11 min-w-0 flex-1 rounded-l border-2 border-white bg-white px-3 text-ink placeholder:text-muted sm:w-72 sm:flex-none"
      />
      <button
        type="submit"
        className="min-h-11 rounded-r border-2 border-white bg-brandDark px-4 font-bold text-white hover:bg-ink"
      >
        {t.button}
      </button>
    </form>
  );
}
