import { sourceKeyOf, type Source } from '@/content/data/sources';
import { sourceAnchor } from '@/lib/content/citations';

type Props = { sources: Source[] };

/** The publishers and pages the facts on this page come from. */
export function SourcesList({ sources }: Props) {
  return (
    <section aria-labelledby="sources" className="sources not-prose mt-10 border-t border-line pt-6">
      <h2 id="sources" className="mb-3 text-xl font-bold">
        Sources
      </h2>
      <p className="mb-3 text-muted">We checked the facts on this page against these sources:</p>
      {/* Numbered, so the small numbers in the text ([1], [2]) point at an entry here. */}
      <ol className="list-decimal space-y-2 pl-8">
        {sources.map((source) => {
          const key = sourceKeyOf(source);
          return (
          <li key={source.url} id={key ? sourceAnchor(key) : undefined}>
            {source.publisher}:{' '}
            <a href={source.url} rel="noreferrer">
              {source.title}
            </a>
          </li>
          );
        })}
      </ol>
    </section>
  );
}
