import type { GlossaryEntry } from '@/content/data/glossary';
import { pageStrings } from '@/lib/i18n/pages';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

type Props = { entries: Record<string, GlossaryEntry>; locale?: Locale };

/** Every glossary word in A to Z order, each with an anchor that <Term> links to. */
export function GlossaryList({ entries, locale = DEFAULT_LOCALE }: Props) {
  const sorted = Object.entries(entries).sort(([, a], [, b]) => a.term.localeCompare(b.term, locale));
  return (
    <dl className="glossary max-w-prose divide-y divide-line border-y border-line">
      {sorted.map(([id, entry]) => (
        <div key={id} id={id} className="py-4">
          <dt className="text-xl font-bold">{entry.term}</dt>
          <dd className="mt-1">
            {entry.definition}
            {entry.alsoCalled?.length ? (
              <span className="mt-1 block text-base text-muted">
                {pageStrings[locale].glossary.alsoCalled}
                {entry.alsoCalled.join(', ')}
              </span>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
