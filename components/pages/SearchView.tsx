import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageShell } from '@/components/layout/PageShell';
import { SearchResults } from '@/components/search/SearchResults';
import { getGuides } from '@/lib/content';
import { searchPageStrings } from '@/lib/i18n/search';
import { otherEdition, siteMap } from '@/lib/site-map';
import { pageLink, staticHref } from '@/lib/site-map/build';
import type { Locale } from '@/lib/site-map/pages';

/**
 * The search page of one edition. The results are an island, whose script
 * reads the language from the page's <html lang>, as Pagefind does to choose
 * the index.
 */
export function SearchView({ locale }: { locale: Locale }) {
  const t = searchPageStrings[locale];
  const map = siteMap(locale);
  return (
    <PageShell locale={locale} current={staticHref('search', locale)} alternate={otherEdition('search', locale)} searchSlot>
      <div>
        <Breadcrumbs trail={[pageLink('home', locale), pageLink('search', locale)]} locale={locale} />
        <h1 className="mb-6 text-3xl font-bold">{t.heading}</h1>
        {/* A <noscript> note, not one the island removes, so the page does not jump when search starts. */}
        <noscript>
          <div className="mb-6 border-l-8 border-brand bg-infoTint p-4 text-lg">
            <p className="mb-2">{t.noScript.lead}</p>
            <p className="mb-2">{t.noScript.query}</p>
            <p>
              {t.noScript.browseBefore}
              <a href={map.href('procedures')}>{t.noScript.browseLink}</a>
              {t.noScript.browseAfter}
            </p>
          </div>
        </noscript>
        <SearchResults locale={locale} help={{ tests: map.href('procedures'), questions: map.articleHref('guide', 'faq') }} />
        <section aria-labelledby="browse" className="mt-12 border-t border-line pt-6">
          <h2 id="browse" className="mb-3 text-xl font-bold">
            {t.browse}
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            <li>
              <a href={map.href('procedures')}>{t.allTests}</a>
            </li>
            {/* An article's site map key is its English slug in both editions. */}
            {getGuides(locale).map((g) => (
              <li key={g.slug}>
                <a href={map.articleHref('guide', g.twin ?? g.slug)}>{g.meta.title}</a>
              </li>
            ))}
            <li>
              <a href={map.href('glossary')}>{t.glossary}</a>
            </li>
          </ul>
        </section>
      </div>
    </PageShell>
  );
}
