'use client';

import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { SearchForm } from '@/components/layout/SearchForm';
import { excerptParts } from '@/lib/search/excerpt';
import { MAX_QUERY } from '@/lib/search/limits';
import { loadQueryLanguage } from '@/lib/search/languages/load';
import { loadPagefind, searchSite, type SearchHit } from '@/lib/search/pagefind';
import { searchResultStrings, type SearchResultStrings } from '@/lib/i18n/search';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/site-map/pages';
import { useHydrated } from './useHydrated';

/** Results shown at first, and added by "Show more": each one loads a small part of the index. */
export const PAGE_SIZE = 5;

/** The id of the place in the header where the search page's one search box goes. */
export const SEARCH_BOX_SLOT = 'search-box-slot';

type Done = { kind: 'done'; query: string; hits: SearchHit[]; total: number; fewerWords: boolean; didYouMean?: string };
type State = { kind: 'idle' } | { kind: 'searching' } | Done | { kind: 'error' };
/** What the last search that finished found, with the words it was for. */
type Finished = { words: string; state: Done | { kind: 'error' } };

/**
 * The page's language, from its <html lang>: the same attribute Pagefind
 * reads to choose its index, so the query rules and the index always agree.
 * The server's render shows no words, so it needs none.
 */
function pageLocale(): Locale {
  if (typeof document === 'undefined') return DEFAULT_LOCALE;
  const lang = document.documentElement.lang.toLowerCase().split('-')[0];
  return (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : DEFAULT_LOCALE;
}

/** Where a reader who found nothing can look instead, in the page's own language (the server knows the paths). */
export type SearchHelpLinks = { tests: string; questions: string };

/** The words of ?q= in the address; none while rendering on the server. */
function queryInAddress(): string {
  if (typeof window === 'undefined') return '';
  return (new URL(window.location.href).searchParams.get('q') ?? '').slice(0, MAX_QUERY);
}

/**
 * The search page's results. It reads ?q= from the address (the header form
 * sends it), then takes the words out of the address so they are not kept in
 * the browser's history, and searches the static Pagefind index in the
 * browser. Nothing is sent anywhere. The page's one search box is the header's
 * box, which this island fills in and drives; it is drawn only once the script
 * runs, so without JavaScript there is no box that cannot search.
 */
export function SiteSearch({ help }: { help: SearchHelpLinks }) {
  const hydrated = useHydrated();
  const [locale] = useState(pageLocale);
  const t = searchResultStrings[locale];
  // Read once, before the first render: the results are drawn only after the search finishes, so the HTML matches.
  const [query, setQuery] = useState(queryInAddress);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [finished, setFinished] = useState<Finished | undefined>(undefined);
  const [slot] = useState(() => (typeof document === 'undefined' ? null : document.getElementById(SEARCH_BOX_SLOT)));
  const latest = useRef(0);
  const words = query.trim();
  // While more results load for the same words, the ones found so far stay on screen.
  const state: State = !words ? { kind: 'idle' } : finished?.words === words ? finished.state : { kind: 'searching' };

  useEffect(() => {
    const url = new URL(window.location.href);
    if (url.searchParams.has('q')) {
      url.searchParams.delete('q');
      window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    }
  }, []);

  useEffect(() => {
    const ticket = ++latest.current;
    if (!words) return;
    const timer = window.setTimeout(async () => {
      try {
        const [pagefind, language] = await Promise.all([loadPagefind(), loadQueryLanguage(locale)]);
        const found = await searchSite(pagefind, words, limit, language);
        if (ticket !== latest.current) return;
        setFinished({
          words,
          state: {
            kind: 'done',
            query: words,
            hits: found.hits,
            total: found.total,
            fewerWords: found.fewerWords,
            didYouMean: found.prepared.didYouMean,
          },
        });
      } catch {
        if (ticket === latest.current) setFinished({ words, state: { kind: 'error' } });
      }
    }, 200);
    return () => window.clearTimeout(timer);
  }, [words, limit, locale]);

  function search(value: string) {
    setLimit(PAGE_SIZE);
    setQuery(value.slice(0, MAX_QUERY));
  }

  const box = hydrated ? <SearchForm locale={locale} live={{ query, onChange: search }} /> : null;

  return (
    <div data-island="search" className="site-search min-h-24">
      {box && slot ? createPortal(box, slot) : box}
      <p role="status" aria-live="polite" className="mb-4 text-lg">
        {hydrated ? statusText(state, t) : ''}
      </p>
      {state.kind === 'done' && state.didYouMean && state.didYouMean !== state.query.toLowerCase() ? (
        <p className="mb-4 text-lg">
          {t.didYouMean}{' '}
          <button type="button" className="font-bold text-brand underline" onClick={() => search(state.didYouMean ?? '')}>
            {state.didYouMean}
          </button>
          {t.questionEnd}
        </p>
      ) : null}
      {state.kind === 'done' && state.fewerWords && state.hits.length > 0 ? (
        <p className="mb-4">{t.fewerWords}</p>
      ) : null}
      {state.kind === 'done' && state.hits.length > 0 ? (
        <ol className="search-results space-y-6">
          {state.hits.map((hit) => (
            <li key={hit.url}>
              <h2 className="text-xl font-bold">
                <a href={hit.url}>{hit.title}</a>
              </h2>
              {hit.section ? (
                <p className="text-base text-muted">
                  {t.section} <a href={hit.section.url}>{hit.section.title}</a>
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
      {state.kind === 'done' && state.total > state.hits.length ? (
        <button
          type="button"
          className="mt-6 min-h-11 rounded border-2 border-brand px-4 font-bold text-brand"
          onClick={() => setLimit((n) => n + PAGE_SIZE)}
        >
          {t.showMore}
        </button>
      ) : null}
      {state.kind === 'done' && state.hits.length === 0 ? (
        <p className="mb-4">
          {t.noResults.before}
          <a href={help.tests}>{t.noResults.tests}</a>
          {t.noResults.or}
          <a href={help.questions}>{t.noResults.faq}</a>
          {t.noResults.after}
        </p>
      ) : null}
    </div>
  );
}

function statusText(state: State, t: SearchResultStrings): string {
  switch (state.kind) {
    case 'idle':
      return t.idle;
    case 'searching':
      return t.searching;
    case 'error':
      return t.error;
    case 'done':
      if (!state.hits.length) return t.noPages(state.query);
      if (state.total > state.hits.length) return `${t.found(state.total, state.query)} ${t.showing(state.hits.length)}`;
      return t.found(state.total, state.query);
  }
}
