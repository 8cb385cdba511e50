import { sourceKeyOf } from '@/content/data/sources';
import type { Source } from '@/content/schema/article';
import { sourceAnchor } from '@/lib/content/citations';

/** When `visible` is given, only those sources (by URL) show; the rest are in the page but hidden, for a script to show. */
type Props = { sources: Source[]; visible?: ReadonlySet<string> };

/**
 * The publishers and pages the facts on this page come from. Few readers open
 * them, so the list folds under its heading (it prints open); the heading and
 * the count stay in sight, so anyone can see the page is sourced.
 */
export function SourcesList({ sources, visible }: Props) {
  return (
    <section aria-labelledby="sources" className="sources not-prose mt-10 max-w-prose border-t border-line pt-6">
      <h2 id="sources" className="mb-3 text-xl font-bold">
        Sources
      </h2>
      <details className="disclosure sources-list">
        <summary className="flex min-h-11 cursor-pointer items-center text-brand underline underline-offset-2">
          We checked the facts on this page against {sources.length === 1 ? '1 source' : `${sources.length} sources`}
        </summary>
        {/* Numbered, so the small numbers in the text ([1], [2]) point at an entry here; following one opens the list. */}
        <ol className="mt-2 list-decimal space-y-2 pl-8">
          {sources.map((source) => {
            const key = sourceKeyOf(source);
            return (
              <li key={source.url} id={key ? sourceAnchor(key) : undefined} hidden={visible ? !visible.has(source.url) : undefined}>
                {source.publisher}:{' '}
                <a href={source.url} rel="noreferrer">
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
