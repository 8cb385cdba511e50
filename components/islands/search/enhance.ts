import { localeOfLang } from '@/lib/i18n/page-locale';
import type { SearchStatusStrings } from '@/lib/i18n/search';
import { MAX_QUERY } from '@/lib/search/limits';
import { loadQueryLanguage } from '@/lib/search/languages/load';
import { loadPagefind, searchSite } from '@/lib/search/pagefind';
import { SEARCH_BOX_SLOT } from '@/lib/search/slot';
import { copyOf, one } from '../dom';
import { keepChildren } from './keep-children';
import { hitDrawer } from './hits';
import { statusLine, type Found, type Shown } from './status';

/** Results shown at first, and added by "Show more": each one loads a small part of the index. */
export const PAGE_SIZE = 5;

/** How long typing must pause before a search starts. */
const PAUSE_MS = 200;

/**
 * Starts the search page. It reads ?q= from the address (the header form
 * sends it), then takes the words out of the address so the browser's history
 * does not keep them, and searches the static Pagefind index in the browser:
 * nothing is sent anywhere. The page's one search box comes from a template
 * and goes in the header's place for it, so without JavaScript there is no
 * box that cannot search. The page's language (its <html lang>, which
 * Pagefind reads to choose the index) chooses the query rules; the words
 * shown come from the page itself.
 */
export function enhanceSearch(root: HTMLElement, props: Record<string, unknown>): void {
  const lines = props.status as SearchStatusStrings;
  const locale = localeOfLang(document.documentElement.lang);
  const plural = new Intl.PluralRules(locale);
  const island = one<HTMLElement>(root, '[data-island="search"]');
  const status = one<HTMLElement>(island, '[role="status"]');
  const form = one<HTMLFormElement>(copyOf(island, 'box'), 'form');
  const box = one<HTMLInputElement>(form, 'input');
  const parts = copyOf(island, 'parts');
  const suggestion = one<HTMLElement>(parts, '[data-slot="did-you-mean"]');
  const suggested = one<HTMLButtonElement>(suggestion, 'button');
  const fewerWords = one<HTMLElement>(parts, '[data-slot="fewer-words"]');
  const list = one<HTMLElement>(parts, '[data-slot="results"]');
  const more = one<HTMLButtonElement>(parts, '[data-slot="more"]');
  const none = one<HTMLElement>(parts, '[data-slot="none"]');
  const drawHits = hitDrawer(list, one(island, 'template[data-template="hit"]'));

  const url = new URL(window.location.href);
  let query = (url.searchParams.get('q') ?? '').slice(0, MAX_QUERY);
  if (url.searchParams.has('q')) {
    url.searchParams.delete('q');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  let limit = PAGE_SIZE;
  let finished: { words: string; shown: Found | { kind: 'error' } } | undefined;
  // What the last search was started for: only a change of words or of the number to show starts another.
  let started = { words: '', limit: 0 };
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function draw() {
    const words = query.trim();
    // While more results load for the same words, the ones found so far stay on screen.
    const shown: Shown = !words ? { kind: 'idle' } : finished?.words === words ? finished.shown : { kind: 'searching' };
    const line = statusLine(shown, lines, plural);
    if (status.textContent !== line) status.textContent = line;
    const found = shown.kind === 'found' ? shown : undefined;
    const hits = found?.hits ?? [];
    const offer = found?.didYouMean && found.didYouMean !== found.words.toLowerCase() ? found.didYouMean : '';
    suggested.textContent = offer;
    drawHits(hits);
    const show: [Element, unknown][] = [
      [status, true],
      [suggestion, offer],
      [fewerWords, found?.fewerWords && hits.length],
      [list, hits.length],
      [more, found && found.total > hits.length],
      [none, found && !hits.length],
    ];
    keepChildren(island, show.filter(([, when]) => when).map(([part]) => part));
  }

  function update() {
    draw();
    const words = query.trim();
    if (words === started.words && limit === started.limit) return;
    started = { words, limit };
    const ticket = ++latest;
    clearTimeout(timer);
    if (!words) return;
    const wanted = limit;
    timer = setTimeout(async () => {
      let shown: Found | { kind: 'error' };
      try {
        const [pagefind, language] = await Promise.all([loadPagefind(), loadQueryLanguage(locale)]);
        const result = await searchSite(pagefind, words, wanted, language);
        shown = { kind: 'found', words, hits: result.hits, total: result.total, fewerWords: result.fewerWords, didYouMean: result.prepared.didYouMean };
      } catch {
        shown = { kind: 'error' };
      }
      // Only the latest words' answer is shown, even when an older search answers last.
      if (ticket !== latest) return;
      finished = { words, shown };
      draw();
    }, PAUSE_MS);
  }

  function search(value: string) {
    query = value.slice(0, MAX_QUERY);
    if (box.value !== query) box.value = query;
    limit = PAGE_SIZE;
    update();
  }

  box.value = query;
  box.addEventListener('input', () => search(box.value));
  // Typing searches already: the live box never leaves the page.
  form.addEventListener('submit', (event) => event.preventDefault());
  suggested.addEventListener('click', () => search(suggested.textContent ?? ''));
  more.addEventListener('click', () => {
    limit += PAGE_SIZE;
    update();
  });
  const slot = document.getElementById(SEARCH_BOX_SLOT);
  if (slot) slot.append(form);
  else island.before(form);
  update();
}
