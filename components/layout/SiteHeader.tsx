import { layoutStrings } from '@/lib/i18n/layout';
import { SEARCH_BOX_SLOT } from '@/lib/search/slot';
import { staticHref, type PageLink } from '@/lib/site-map/build';
import { DEFAULT_LOCALE, LANGUAGE_NAME, type Locale } from '@/lib/site-map/pages';
import { LanguageLink } from './LanguageLink';
import { MainNav } from './MainNav';
import { SearchForm } from './SearchForm';

type Props = {
  locale?: Locale;
  /** This page in the other language. */
  alternate?: { locale: Locale; href: string };
  items: PageLink[];
  current?: string;
  /** On the search page, an empty place for its one search box, which the search script draws (with no script, no box). */
  searchSlot?: boolean;
};

/** Site name, search box and main navigation. Plain HTML: it works without JavaScript. */
export function SiteHeader({ locale = DEFAULT_LOCALE, alternate, items, current, searchSlot }: Props) {
  const t = layoutStrings[locale];
  return (
    <header className="site-header relative border-b-4 border-brandDark bg-brand text-white">
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:gap-4 sm:py-4">
        <a href={staticHref('home', locale)} className="site-name mr-24 whitespace-nowrap text-lg md:mr-0 font-bold text-white no-underline hover:underline sm:text-2xl">
          {t.siteName}
        </a>
        {alternate ? <LanguageLink href={alternate.href} locale={alternate.locale} name={LANGUAGE_NAME[alternate.locale]} /> : null}
        {searchSlot ? (
          <div id={SEARCH_BOX_SLOT} className="flex min-h-11 w-full sm:w-auto sm:min-w-[23rem]" />
        ) : (
          <SearchForm locale={locale} />
        )}
      </div>
      <MainNav items={items} current={current} locale={locale} />
    </header>
  );
}
