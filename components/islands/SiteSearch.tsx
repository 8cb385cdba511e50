'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { excerptParts } from '@/lib/search/excerpt';
import { loadPagefind, toHit, type SearchHit } from '@/lib/search/pagefind';

const MAX_RESULTS = 10;
const MAX_QUERY = 100;

type State =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'done'; query: string; hits: SearchHit[] }
  | { kind: 'error' };

/**
 * The search page's box and results. It reads ?q= from the address (the header
 * form sends it), searches the static Pagefind index in the browser and updates
 * as the reader types. Results are announced in a polite live region.
 */
export function SiteSearch() {
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const latest = useRef(0);
  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('q') ?? '';
    setQuery(initial.slice(0, MAX_QUERY));
  }, []);

  useEffect(() => {
    const words = query.trim();
    const ticket = ++latest.current;
    if (!words) {
      setState({ kind: 'idle' });
      return;
    }
    setState({ kind: 'searching' });
    const timer = window.setTimeout(async () => {
      try {
        const pagefind = await loadPagefind();
        const found = await pagefind.search(words);
        const data = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
        if (ticket === latest.current) setState({ kind: 'done', query: words, hits: data.map(toHit) });
      } catch {
        if (ticket === latest.current) setState({ kind: 'error' });
      }
    }, 200);
    return () => window.clearTimeout(timer);
  }, [query]);

  function onChange(value: string) {
    setQuery(value);
    const url = new URL(window.location.href);
    if (value.trim()) url.searchParams.set('q', value);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  }

  return (
    <div data-island="search" className="site-search">
      <form role="search" aria-label="This page" action="/search/" method="get" onSubmit={(e) => e.preventDefault()} className="mb-6">
        <label htmlFor={inputId} className="mb-2 block text-lg font-bold">
          What are you looking for?
        </label>
        <input
          id={inputId}
          name="q"
          type="search"
          value={query}
          maxLength={MAX_QUERY}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
          className="min-h-12 w-full max-w-xl rounded border-2 border-ink px-3 text-lg"
        />
        {/* Results come as you type; the button sends the form where the script has not run. */}
        <button type="submit" className="ml-2 min-h-12 rounded border-2 border-ink px-4 font-bold">
          Search
        </button>
      </form>
      <p role="status" aria-live="polite" className="mb-4 text-lg">
        {statusText(state)}
      </p>
      {state.kind === 'done' && state.hits.length > 0 ? (
        <ol className="search-results space-y-6">
          {state.hits.map((hit) => (
            <li key={hit.url}>
              <h2 className="text-xl font-bold">
                <a href={hit.url}>{hit.title}</a>
              </h2>
              {hit.section ? (
                <p className="text-base text-muted">
                  Section: <a href={hit.section.url}>{hit.section.title}</a>
                </p>
              ) : null}
              <p>
                {excerptParts(hit.excerpt).map((part, i) =>
                  part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                )}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}

function statusText(state: State): string {
  switch (state.kind) {
    case 'idle':
      return 'Type a word, for example "barium" or "pregnant".';
    case 'searching':
      return 'Searching…';
    case 'error':
      return 'Search is not working right now. Try the list of tests or the guides below.';
    case 'done':
      if (!state.hits.length) return `No pages found for “${state.query}”. Try a different word, or use the list of tests.`;
      return `${state.hits.length} ${state.hits.length === 1 ? 'page' : 'pages'} found for “${state.query}”.`;
  }
}
