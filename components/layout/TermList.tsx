import type { GlossaryId } from '@/content/data/glossary';
import { glossaryOf } from '@/lib/content/localized';
import { articleStrings } from '@/lib/i18n/article';
import { staticHref } from '@/lib/site-map/build';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

type Props = { ids: string[]; locale?: Locale };

/** The short definitions of the words marked with <Term> on a page, in the order they first appear. */
export function TermList({ ids, locale = DEFAULT_LOCALE }: Props) {
  const t = articleStrings[locale];
  const glossary = glossaryOf(locale);
  const unique = [...new Set(ids)].filter((id): id is GlossaryId => id in glossary);
  if (!unique.length) return null;
  return (
    <section aria-labelledby="words-used" className="not-prose mt-10 max-w-prose border-t border-line pt-6" data-pagefind-ignore>
      <h2 id="words-used" className="mb-3 text-xl font-bold">
        {t.wordsUsed}
      </h2>
      <dl className="space-y-3">
        {unique.map((id) => (
          <div key={id}>
            <dt className="font-bold">{glossary[id].term}</dt>
            <dd id={`term-${id}`}>{glossary[id].definition}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4">
        <a href={staticHref('glossary', locale)}>{t.allWords}</a>
      </p>
    </section>
  );
}
