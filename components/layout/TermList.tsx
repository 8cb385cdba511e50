import { glossary, type GlossaryId } from '@/content/data/glossary';
import { staticHref } from '@/lib/site-map/build';

type Props = { ids: string[] };

/** The short definitions of the words marked with <Term> on a page, in the order they first appear. */
export function TermList({ ids }: Props) {
  const unique = [...new Set(ids)].filter((id): id is GlossaryId => id in glossary);
  if (!unique.length) return null;
  return (
    <section aria-labelledby="words-used" className="not-prose mt-10 max-w-prose border-t border-line pt-6" data-pagefind-ignore>
      <h2 id="words-used" className="mb-3 text-xl font-bold">
        Words used on this page
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
        <a href={staticHref('glossary')}>See all the words in the glossary</a>
      </p>
    </section>
  );
}
