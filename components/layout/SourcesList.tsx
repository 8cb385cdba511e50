import type { Source } from '@/content/schema/article';
import { sourceAnchor } from '@/lib/content/citations';
import { articleStrings } from '@/lib/i18n/article';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

/** When `visible` is given, only those sources (by URL) show; the rest are in the page but hidden, for a script to show. */
type Props = { sources: Source[]; visible?: ReadonlySet<string>; locale?: Locale };

/**
 * The publishers and pages the facts on this page come from. Few readers open
 * them, so the list folds under its heading (it prints open); the heading and
 * the count stay in sight, so anyone can see the page is sourced.
 */
export function SourcesList({ sources, visible, locale = DEFAULT_LOCALE }: Props) {
  const t = articleStrings[locale];
  return (
    <section aria-labelledby="sources" className="sources not-prose mt-10 max-w-prose border-t border-line pt-6">
      <h2 id="sources" className="mb-3 text-xl font-bold">
        {t.sources}
      </h2>
      <details className="disclosure sources-list">
        <summary className="flex min-h-11 cursor-pointer items-center text-brand underline underline-offset-2">
          {t.sourcesSummary(sources.length)}
        </summary>
        {/* Numbered, so the small numbers in the text ([1], [2]) point at an entry here; following one opens the list. */}
        <ol className="mt-2 list-decimal space-y-2 pl-8">
          {sources.map((source, index) => {
            // A page in another language than this one says so, for screen readers and for the reader who follows it.
            const lang = (source.lang ?? 'en') === locale ? undefined : (source.lang ?? 'en');
            return (
              <li key={source.url} id={sourceAnchor(index + 1)} hidden={visible ? !visible.has(source.url) : undefined}>
                {/* One text node: React would write markers between three. */}
                {`${source.publisher}: `}
                <a href={source.url} rel="noreferrer" lang={lang} hrefLang={lang}>
                  {source.title}
                </a>
              </li>
            );
          })}
        </ol>
      </details>
    </section>
  );
}
