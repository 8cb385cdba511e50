import type { Source } from '@/content/schema/article';

type Props = { sources: Source[] };

/** The publishers and pages the facts on this page come from. */
export function SourcesList({ sources }: Props) {
  return (
    <section aria-labelledby="sources" className="sources not-prose mt-10 border-t border-line pt-6">
      <h2 id="sources" className="mb-3 text-xl font-bold">
        Sources
      </h2>
      <p className="mb-3 text-muted">We checked the facts on this page against these sources:</p>
      <ul className="list-disc space-y-2 pl-6">
        {sources.map((source) => (
          <li key={source.url}>
            {source.publisher}:{' '}
            <a href={source.url} rel="noreferrer">
              {source.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
