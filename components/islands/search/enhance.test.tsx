import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToStaticMarkup } from 'react-dom/server';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SearchResults } from '@/components/search/SearchResults';
import { loadPagefind, type PagefindApi, type PagefindData, type PagefindResult } from '@/lib/search/pagefind';
import type { Locale } from '@/lib/site-map/pages';
import { mountIslands } from '../mount';
import { enhanceSearch, PAGE_SIZE } from './enhance';

/*
 * The search page as a reader's browser runs it: the server's HTML (the
 * header with its empty place for the box, and the results island, rendered
 * by React as `next build` does), then the framework-free script, started as
 * the page's entry starts it.
 */

vi.mock('@/lib/search/pagefind', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/search/pagefind')>()),
  loadPagefind: vi.fn(),
}));

const at = (score: number) => [{ weight: 1, balanced_score: score, location: 0 }];

const bariumSwallow: PagefindData = {
  url: '/procedures/barium-swallow/',
  excerpt: 'A <mark>barium</mark> swallow shows your food pipe.',
  meta: { title: 'Barium swallow' },
  sub_results: [
    { title: 'Barium swallow', url: '/procedures/barium-swallow/', excerpt: 'A <mark>barium</mark> swallow.', weighted_locations: at(50) },
    { title: 'What is it for?', url: '/procedures/barium-swallow/#what-is-it-for', excerpt: 'It shows <mark>barium</mark>.', weighted_locations: at(2), anchor: { element: 'h2', id: 'what-is-it-for', location: 1 } },
    {
      title: 'What happens during the test?',
      url: '/procedures/barium-swallow/#what-happens-during-the-test',
      excerpt: 'You drink the <mark>barium</mark> while standing.',
      weighted_locations: at(9), anchor: { element: 'h2', id: 'what-happens-during-the-test', location: 1 } },
  ],
};

const risks: PagefindData = {
  url: '/risks/',
  excerpt: 'Tests that use <mark>barium</mark> give a small dose.',
  meta: { title: 'Risks and radiation safety' },
  sub_results: [],
};

const page = (n: number): PagefindData => ({ url: `/page-${n}/`, excerpt: `Page ${n}`, meta: { title: `Page ${n}` }, sub_results: [] });

const results = (pages: PagefindData[]): PagefindResult[] =>
  pages.map((p, i) => ({ id: p.url, score: 10 - i, data: vi.fn(async () => p) }));

/** A stand-in for Pagefind that returns the given pages for any words (or, with a map, for those words). */
function fakePagefind(pages: PagefindData[] | null | Record<string, PagefindData[]> = [bariumSwallow, risks]) {
  const api = {
    search: vi.fn(async (words: string) => {
      if (pages === null) return null;
      const found = Array.isArray(pages) ? pages : (pages[words] ?? []);
      return { results: results(found) };
    }),
  } satisfies PagefindApi;
  vi.mocked(loadPagefind).mockResolvedValue(api);
  return api;
}

const HELP: Record<Locale, { tests: string; questions: string }> = {
  en: { tests: '/procedures/', questions: '/faq/' },
  es: { tests: '/es/procedimientos/', questions: '/es/preguntas-frecuentes/' },
};

/** Opens the search page at `address`: its <html lang>, its server HTML, then its script. */
async function open(address: string, { locale = 'en', header = true }: { locale?: Locale; header?: boolean } = {}) {
  window.history.replaceState(null, '', address);
  document.documentElement.lang = locale;
  document.body.innerHTML = renderToStaticMarkup(
    <>
      {header ? <SiteHeader items={[]} locale={locale} searchSlot /> : null}
      <main id="main">
        <SearchResults locale={locale} help={HELP[locale]} />
      </main>
    </>,
  );
  await mountIslands({ search: { runtime: 'dom', load: async () => enhanceSearch } });
}

const searchBox = () => screen.getByRole('searchbox', { name: 'Search this guide' });
const status = () => screen.getByRole('status');
const resultList = () => document.querySelector<HTMLElement>('.site-search ol.search-results');
const shownResults = () => within(resultList()!).getAllByRole('listitem');

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(loadPagefind).mockReset();
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
  window.history.replaceState(null, '', '/');
});

describe('the search page in the browser', () => {
  it("once the script runs, draws the one search box in the header's place for it, and invites a word", async () => {
    fakePagefind();
    await open('/search/');
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('search', { name: 'Site' })).toContainElement(searchBox());
    expect(screen.getAllByRole('searchbox')).toHaveLength(1);
    expect(status()).toHaveTextContent('Type a word or a question in the search box');
  });

  it('draws the box above the results when the page has no place for it in the header', async () => {
    fakePagefind();
    await open('/search/?q=barium', { header: false });
    expect(searchBox()).toHaveValue('barium');
    expect(searchBox().compareDocumentPosition(status()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Barium swallow' })).toBeInTheDocument();
  });

  it('fills the box from ?q=, then takes the words out of the address so history does not keep them', async () => {
    const api = fakePagefind();
    window.history.replaceState(null, '', '/search/?q=barium');
    const entries = window.history.length;
    await open('/search/?q=barium');
    expect(searchBox()).toHaveValue('barium');
    expect(window.location.search).toBe('');
    expect(window.location.pathname).toBe('/search/');
    expect(window.history.length).toBe(entries);
    expect(await screen.findByRole('link', { name: 'Barium swallow' })).toBeInTheDocument();
    expect(api.search).toHaveBeenCalledWith('barium');
  });

  it('cuts a very long ?q= to the 250 characters the box allows', async () => {
    fakePagefind();
    await open(`/search/?q=${'a'.repeat(300)}`);
    expect(searchBox()).toHaveValue('a'.repeat(250));
    expect(searchBox()).toHaveAttribute('maxlength', '250');
  });

  it("searches for the site's words, without question words", async () => {
    const api = fakePagefind();
    await open(`/search/?q=${encodeURIComponent('What is a heart cath?')}`);
    await waitFor(() => expect(api.search).toHaveBeenCalledWith('coronary angiography'));
  });

  it('shows each result as a link to the page and a link straight to its best section, with an excerpt', async () => {
    fakePagefind();
    await open('/search/?q=barium');
    const title = await screen.findByRole('link', { name: 'Barium swallow' });
    expect(title).toHaveAttribute('href', '/procedures/barium-swallow/');
    expect(screen.getByRole('heading', { level: 2, name: 'Barium swallow' })).toContainElement(title);

    const [first, second] = shownResults();
    // The section with the highest score of its own, not the first in page order, and not the page's top part.
    expect(within(first).getByRole('link', { name: 'What happens during the test?' })).toHaveAttribute(
      'href',
      '/procedures/barium-swallow/#what-happens-during-the-test',
    );
    expect(first).toHaveTextContent('Section: What happens during the test?');
    expect(first).toHaveTextContent('You drink the barium while standing.');

    expect(within(second).getByRole('link', { name: 'Risks and radiation safety' })).toHaveAttribute('href', '/risks/');
    expect(second).not.toHaveTextContent('Section:');
    expect(within(second).getAllByRole('link')).toHaveLength(1);
    expect(second).toHaveTextContent('Tests that use barium give a small dose.');
  });

  it('highlights only the matched words', async () => {
    fakePagefind([{ ...risks, excerpt: 'Tests that use <mark>barium</mark> or <mark>dye</mark> give a small dose.' }]);
    await open('/search/?q=barium+dye');
    await waitFor(() => expect(resultList()).toBeVisible());
    const [item] = shownResults();
    expect(within(item).getAllByRole('mark').map((m) => m.textContent)).toEqual(['barium', 'dye']);
    expect(item).toHaveTextContent('Tests that use barium or dye give a small dose.');
  });

  it('never turns markup in an excerpt into elements', async () => {
    fakePagefind([
      { ...risks, excerpt: '<img src=x onerror=alert(1)>Take <mark>barium</mark> &lt;img src=x onerror=alert(2)&gt; home.' },
    ]);
    await open('/search/?q=barium');
    await waitFor(() => expect(resultList()).toBeVisible());
    const [item] = shownResults();
    expect(document.querySelector('main img')).toBeNull();
    expect(item).toHaveTextContent('Take barium <img src=x onerror=alert(2)> home.');
  });

  it('shows the query and a page title with markup in them as plain text', async () => {
    fakePagefind([{ ...risks, meta: { title: '<img src=x onerror=alert(1)>Risks' } }]);
    await open(`/search/?q=${encodeURIComponent('<b>risks</b>')}`);
    expect(await screen.findByRole('link', { name: '<img src=x onerror=alert(1)>Risks' })).toBeInTheDocument();
    expect(status()).toHaveTextContent('found for “<b>risks</b>”');
    expect(document.querySelector('main img, main b')).toBeNull();
  });

  it('shows a query that looks like a blank to fill in exactly as typed', async () => {
    fakePagefind([risks]);
    await open(`/search/?q=${encodeURIComponent('{count} {query}')}`);
    await waitFor(() => expect(status()).toHaveTextContent('1 page found for “{count} {query}”.'));
  });

  it('announces how many pages were found, in the status region, and says "1 page", not "1 pages"', async () => {
    fakePagefind();
    await open('/search/?q=barium');
    await waitFor(() => expect(status()).toHaveTextContent('2 pages found for “barium”.'));
    expect(status()).toHaveAttribute('aria-live', 'polite');
    fakePagefind([risks]);
    await open('/search/?q=dose');
    await waitFor(() => expect(status()).toHaveTextContent('1 page found for “dose”.'));
  });

  it('says how many there are when more are found than shown, loads only the shown ones, and shows more on request', async () => {
    const many = Array.from({ length: 12 }, (_, i) => page(i + 1));
    const api = fakePagefind(many);
    await open('/search/?q=barium');
    await waitFor(() => expect(status()).toHaveTextContent(`12 pages found for “barium”. Showing the best ${PAGE_SIZE}.`));
    expect(shownResults()).toHaveLength(PAGE_SIZE);
    const shown = await api.search.mock.results[0].value;
    expect(shown.results.filter((r: PagefindResult) => vi.mocked(r.data).mock.calls.length).length).toBe(PAGE_SIZE);
    await userEvent.click(screen.getByRole('button', { name: 'Show more results' }));
    await waitFor(() => expect(shownResults()).toHaveLength(2 * PAGE_SIZE));
    expect(status()).toHaveTextContent(`12 pages found for “barium”. Showing the best ${2 * PAGE_SIZE}.`);
    await userEvent.click(screen.getByRole('button', { name: 'Show more results' }));
    await waitFor(() => expect(shownResults()).toHaveLength(12));
    expect(status()).toHaveTextContent(/^12 pages found for “barium”\.$/);
    expect(screen.queryByRole('button', { name: 'Show more results' })).not.toBeInTheDocument();
  });

  it('keeps the results so far on screen, and the focus on "Show more", while more load', async () => {
    const many = Array.from({ length: 12 }, (_, i) => page(i + 1));
    fakePagefind(many);
    await open('/search/?q=barium');
    await waitFor(() => expect(shownResults()).toHaveLength(PAGE_SIZE));
    const first = shownResults()[0];
    const more = screen.getByRole('button', { name: 'Show more results' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    more.focus();
    fireEvent.click(more);
    await vi.advanceTimersByTimeAsync(100);
    expect(shownResults()).toHaveLength(PAGE_SIZE);
    expect(status()).toHaveTextContent('12 pages found for “barium”.');
    expect(status()).not.toHaveTextContent('Searching');
    await vi.advanceTimersByTimeAsync(100);
    vi.useRealTimers();
    await waitFor(() => expect(shownResults()).toHaveLength(2 * PAGE_SIZE));
    expect(shownResults()[0]).toBe(first);
    expect(more).toHaveFocus();
  });

  it('offers "Did you mean" for a misspelling, and searches for it when chosen', async () => {
    const api = fakePagefind();
    await open('/search/?q=myelagram');
    const suggestion = await screen.findByRole('button', { name: 'myelogram' });
    expect(suggestion.closest('p')).toHaveTextContent('Did you mean myelogram?');
    await userEvent.click(suggestion);
    expect(searchBox()).toHaveValue('myelogram');
    await waitFor(() => expect(status()).toHaveTextContent('2 pages found for “myelogram”.'));
    expect(api.search).toHaveBeenLastCalledWith('myelogram');
    expect(screen.queryByText(/Did you mean/)).not.toBeInTheDocument();
  });

  it('falls back to fewer words when no page has them all, and says so', async () => {
    fakePagefind({ 'barium zzzz': [], barium: [bariumSwallow], zzzz: [] });
    await open('/search/?q=barium+zzzz');
    expect(await screen.findByRole('link', { name: 'Barium swallow' })).toBeInTheDocument();
    expect(screen.getByText('No page has all of those words, so these pages have some of them.')).toBeInTheDocument();
  });

  it('says nothing about fewer words when every word was found', async () => {
    fakePagefind();
    await open('/search/?q=barium');
    await screen.findByRole('link', { name: 'Barium swallow' });
    expect(screen.queryByText(/No page has all of those words/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Did you mean/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more results' })).not.toBeInTheDocument();
  });

  it.each([
    ['no results', []],
    ['no answer at all', null],
  ])('when Pagefind gives %s, says nothing was found and offers the list of tests and the questions page', async (_, pages) => {
    fakePagefind(pages);
    await open('/search/?q=xyzzy');
    await waitFor(() => expect(status()).toHaveTextContent('No pages found for “xyzzy”.'));
    expect(resultList()).toBeNull();
    expect(screen.getByText(/Try another word/)).toHaveTextContent('Try another word, or look through the list of tests or questions people often ask.');
    expect(screen.getByRole('link', { name: 'the list of tests' })).toHaveAttribute('href', '/procedures/');
    expect(screen.getByRole('link', { name: 'questions people often ask' })).toHaveAttribute('href', '/faq/');
  });

  it('says search is not working when the index cannot be loaded', async () => {
    vi.mocked(loadPagefind).mockRejectedValue(new Error('404'));
    await open('/search/?q=barium');
    await waitFor(() =>
      expect(status()).toHaveTextContent('Search is not working right now. Try the list of tests or the guides below.'),
    );
    expect(resultList()).toBeNull();
    expect(screen.queryByRole('link', { name: 'the list of tests' })).not.toBeInTheDocument();
  });

  it('says search is not working when the search itself fails', async () => {
    vi.mocked(loadPagefind).mockResolvedValue({ search: vi.fn().mockRejectedValue(new Error('broken index')) });
    await open('/search/?q=barium');
    await waitFor(() => expect(status()).toHaveTextContent('Search is not working right now.'));
  });

  it('waits until typing pauses for 200 ms, then searches once for the whole word', async () => {
    const api = fakePagefind();
    await open('/search/');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    for (const typed of ['b', 'ba', 'bar', 'bari', 'bariu', 'barium']) {
      fireEvent.input(searchBox(), { target: { value: typed } });
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(status()).toHaveTextContent('Searching…');
    await vi.advanceTimersByTimeAsync(149);
    expect(api.search).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    vi.useRealTimers();
    await waitFor(() => expect(status()).toHaveTextContent('2 pages found for “barium”.'));
    expect(api.search).toHaveBeenCalledTimes(1);
  });

  it('does not search again for a space typed after the words', async () => {
    const api = fakePagefind();
    await open('/search/?q=barium');
    await waitFor(() => expect(status()).toHaveTextContent('2 pages found for “barium”.'));
    await userEvent.type(searchBox(), ' ');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(status()).toHaveTextContent('2 pages found for “barium”.');
    expect(api.search).toHaveBeenCalledTimes(1);
  });

  it('stays on the page when the live box is submitted, since typing searches already', async () => {
    fakePagefind();
    await open('/search/');
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    screen.getByRole('search', { name: 'Site' }).dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
  });

  it('never writes the words typed into the address', async () => {
    fakePagefind();
    const pushState = vi.spyOn(window.history, 'pushState');
    await open('/search/');
    await userEvent.type(searchBox(), 'dye');
    await waitFor(() => expect(status()).toHaveTextContent('found for “dye”'));
    expect(window.location.href).not.toContain('dye');
    expect(pushState).not.toHaveBeenCalled();
    pushState.mockRestore();
  });

  it('goes back to the hint when the box is emptied', async () => {
    fakePagefind();
    await open('/search/?q=barium');
    await screen.findByRole('link', { name: 'Barium swallow' });
    await userEvent.clear(searchBox());
    expect(status()).toHaveTextContent('Type a word');
    expect(resultList()).toBeNull();
  });

  it('shows the results for the latest words even if an older search answers last', async () => {
    let answerOld: (value: Awaited<ReturnType<PagefindApi['search']>>) => void = () => {};
    let first = true;
    // Only the first search, for "barium" alone, is slow; the search for "barium dose" searches each word too.
    const search = vi.fn((words: string) =>
      words === 'barium' && first && !(first = false)
        ? new Promise<Awaited<ReturnType<PagefindApi['search']>>>((resolve) => {
            answerOld = resolve;
          })
        : Promise.resolve({ results: results([risks]) }),
    );
    vi.mocked(loadPagefind).mockResolvedValue({ search });
    await open('/search/?q=barium');
    await waitFor(() => expect(search).toHaveBeenCalledWith('barium'));
    await userEvent.type(searchBox(), ' dose');
    await waitFor(() => expect(status()).toHaveTextContent('1 page found for “barium dose”.'));
    const old = results([bariumSwallow]);
    answerOld({ results: old });
    // The old answer is read in full before it is set aside.
    await waitFor(() => expect(old[0].data).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve));
    expect(status()).toHaveTextContent('1 page found for “barium dose”.');
    expect(screen.queryByRole('link', { name: 'Barium swallow' })).not.toBeInTheDocument();
  });
});

describe('the Spanish search page in the browser', () => {
  const trago: PagefindData = {
    url: '/es/procedimientos/trago-de-bario/',
    excerpt: 'Usted toma <mark>bario</mark>.',
    meta: { title: 'Trago de bario' },
    sub_results: [
      { title: 'Trago de bario', url: '/es/procedimientos/trago-de-bario/', excerpt: 'Un trago de <mark>bario</mark>.', weighted_locations: at(50) },
      { title: '¿Qué pasa durante la prueba?', url: '/es/procedimientos/trago-de-bario/#que-pasa-durante-la-prueba', excerpt: 'Usted toma el <mark>bario</mark> de pie.', weighted_locations: at(9), anchor: { element: 'h2', id: 'que-pasa-durante-la-prueba', location: 1 } },
    ],
  };
  const riesgos: PagefindData = { url: '/es/riesgos/', excerpt: 'El <mark>bario</mark> no pasa a la sangre.', meta: { title: 'Riesgos y seguridad de la radiación' }, sub_results: [] };
  const caja = () => screen.getByRole('searchbox', { name: 'Buscar en esta guía' });
  const es = { locale: 'es' } as const;

  it('invites a word in Spanish, in a box that sends the words to the Spanish search page', async () => {
    fakePagefind([trago]);
    await open('/es/buscar/', es);
    expect(within(screen.getByRole('banner')).getByRole('search', { name: 'Sitio' })).toHaveAttribute('action', '/es/buscar/');
    expect(caja()).toBeInTheDocument();
    expect(status()).toHaveTextContent('Escriba una palabra o una pregunta en el cuadro de búsqueda');
  });

  it("searches for the Spanish pages' words, without question words and small words, accents or not", async () => {
    const api = fakePagefind({ 'trago bario': [trago] });
    await open(`/es/buscar/?q=${encodeURIComponent('¿Qué es un trago de bário?')}`, es);
    await waitFor(() => expect(api.search).toHaveBeenCalledWith('trago bario'));
    expect(window.location.search).toBe('');
  });

  it('says in Spanish how many pages were found, and labels each section', async () => {
    fakePagefind([trago, riesgos]);
    await open('/es/buscar/?q=bario', es);
    await waitFor(() => expect(status()).toHaveTextContent('Se encontraron 2 páginas para “bario”.'));
    const [first] = shownResults();
    expect(first).toHaveTextContent('Sección: ¿Qué pasa durante la prueba?');
  });

  it('says "Se encontró 1 página" for one page, and how many it shows of more, in Spanish', async () => {
    fakePagefind([riesgos]);
    await open('/es/buscar/?q=sangre', es);
    await waitFor(() => expect(status()).toHaveTextContent('Se encontró 1 página para “sangre”.'));
    fakePagefind(Array.from({ length: 7 }, (_, i) => page(i + 1)));
    await open('/es/buscar/?q=bario', es);
    await waitFor(() => expect(status()).toHaveTextContent(`Se encontraron 7 páginas para “bario”. Se muestran las ${PAGE_SIZE} mejores.`));
    expect(screen.getByRole('button', { name: 'Ver más resultados' })).toBeInTheDocument();
  });

  it('offers "¿Quiso decir …?" with the accents of the right word', async () => {
    fakePagefind([riesgos]);
    await open('/es/buscar/?q=radiasion', es);
    const suggestion = await screen.findByRole('button', { name: 'radiación' });
    expect(suggestion.closest('p')).toHaveTextContent('¿Quiso decir radiación?');
  });

  it('when nothing is found, says so in Spanish and offers the Spanish list of tests and questions page', async () => {
    fakePagefind([]);
    await open('/es/buscar/?q=xyzzy', es);
    await waitFor(() => expect(status()).toHaveTextContent('No se encontraron páginas para “xyzzy”.'));
    expect(screen.getByRole('link', { name: 'la lista de pruebas' })).toHaveAttribute('href', '/es/procedimientos/');
    expect(screen.getByRole('link', { name: 'las preguntas frecuentes' })).toHaveAttribute('href', '/es/preguntas-frecuentes/');
  });

  it('says in Spanish that search is not working', async () => {
    vi.mocked(loadPagefind).mockRejectedValue(new Error('404'));
    await open('/es/buscar/?q=bario', es);
    await waitFor(() => expect(status()).toHaveTextContent('La búsqueda no funciona en este momento.'));
  });
});
