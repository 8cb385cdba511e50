import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadPagefind, type PagefindApi, type PagefindData, type PagefindResult } from '@/lib/search/pagefind';
import { PAGE_SIZE, SEARCH_BOX_SLOT, SiteSearch } from './SiteSearch';

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

const help = { tests: '/procedures/', questions: '/faq/' };

const searchBox = () => screen.getByRole('searchbox', { name: 'Search this guide' });
const status = () => screen.getByRole('status');

beforeEach(() => {
  window.history.replaceState(null, '', '/search/');
});

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(loadPagefind).mockReset();
  document.getElementById(SEARCH_BOX_SLOT)?.remove();
});

describe('<SiteSearch>', () => {
  it('once the script runs, draws the one search box in the header\'s place for it, and invites a word', () => {
    fakePagefind();
    const slot = document.createElement('div');
    slot.id = SEARCH_BOX_SLOT;
    document.body.append(slot);
    render(<SiteSearch help={help} />);
    expect(within(slot).getByRole('search', { name: 'Site' })).toContainElement(searchBox());
    expect(screen.getAllByRole('searchbox')).toHaveLength(1);
    expect(status()).toHaveTextContent('Type a word or a question in the search box');
  });

  it('fills the box from ?q=, then takes the words out of the address so history does not keep them', async () => {
    const api = fakePagefind();
    window.history.replaceState(null, '', '/search/?q=barium');
    const entries = window.history.length;
    render(<SiteSearch help={help} />);
    expect(searchBox()).toHaveValue('barium');
    expect(window.location.search).toBe('');
    expect(window.location.pathname).toBe('/search/');
    expect(window.history.length).toBe(entries);
    expect(await screen.findByRole('link', { name: 'Barium swallow' })).toBeInTheDocument();
    expect(api.search).toHaveBeenCalledWith('barium');
  });

  it('cuts a very long ?q= to the 250 characters the box allows', () => {
    fakePagefind();
    window.history.replaceState(null, '', `/search/?q=${'a'.repeat(300)}`);
    render(<SiteSearch help={help} />);
    expect(searchBox()).toHaveValue('a'.repeat(250));
  });

  it('searches for the site\'s words, without question words', async () => {
    const api = fakePagefind();
    window.history.replaceState(null, '', `/search/?q=${encodeURIComponent('What is a heart cath?')}`);
    render(<SiteSearch help={help} />);
    await waitFor(() => expect(api.search).toHaveBeenCalledWith('coronary angiography'));
  });

  it('shows each result as a link to the page and a link straight to its best section, with an excerpt', async () => {
    fakePagefind();
    window.history.replaceState(null, '', '/search/?q=barium');
    render(<SiteSearch help={help} />);
    const title = await screen.findByRole('link', { name: 'Barium swallow' });
    expect(title).toHaveAttribute('href', '/procedures/barium-swallow/');
    expect(screen.getByRole('heading', { level: 2, name: 'Barium swallow' })).toContainElement(title);

    const [first, second] = within(screen.getByRole('list')).getAllByRole('listitem');
    // The section with the highest score of its own, not the first in page order, and not the page's top part.
    expect(within(first).getByRole('link', { name: 'What happens during the test?' })).toHaveAttribute(
      'href',
      '/procedures/barium-swallow/#what-happens-during-the-test',
    );
    expect(first).toHaveTextContent('You drink the barium while standing.');

    expect(within(second).getByRole('link', { name: 'Risks and radiation safety' })).toHaveAttribute('href', '/risks/');
    expect(second).not.toHaveTextContent('Section:');
    expect(second).toHaveTextContent('Tests that use barium give a small dose.');
  });

  it('highlights only the matched words', async () => {
    fakePagefind([{ ...risks, excerpt: 'Tests that use <mark>barium</mark> or <mark>dye</mark> give a small dose.' }]);
    window.history.replaceState(null, '', '/search/?q=barium+dye');
    render(<SiteSearch help={help} />);
    const item = within(await screen.findByRole('list')).getByRole('listitem');
    expect(within(item).getAllByRole('mark').map((m) => m.textContent)).toEqual(['barium', 'dye']);
  });

  it('never turns markup in an excerpt into elements', async () => {
    fakePagefind([
      { ...risks, excerpt: '<img src=x onerror=alert(1)>Take <mark>barium</mark> &lt;img src=x onerror=alert(2)&gt; home.' },
    ]);
    window.history.replaceState(null, '', '/search/?q=barium');
    const { container } = render(<SiteSearch help={help} />);
    const item = within(await screen.findByRole('list')).getByRole('listitem');
    expect(container.querySelector('img')).toBeNull();
    expect(item).toHaveTextContent('Take barium <img src=x onerror=alert(2)> home.');
  });

  it('shows the query and a page title with markup in them as plain text', async () => {
    fakePagefind([{ ...risks, meta: { title: '<img src=x onerror=alert(1)>Risks' } }]);
    window.history.replaceState(null, '', `/search/?q=${encodeURIComponent('<b>risks</b>')}`);
    const { container } = render(<SiteSearch help={help} />);
    expect(await screen.findByRole('link', { name: '<img src=x onerror=alert(1)>Risks' })).toBeInTheDocument();
    expect(status()).toHaveTextContent('found for “<b>risks</b>”');
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('announces how many pages were found, in the status region, and says "1 page", not "1 pages"', async () => {
    fakePagefind();
    window.history.replaceState(null, '', '/search/?q=barium');
    const { unmount } = render(<SiteSearch help={help} />);
    await waitFor(() => expect(status()).toHaveTextContent('2 pages found for “barium”.'));
    expect(status()).toHaveAttribute('aria-live', 'polite');
    unmount();
    fakePagefind([risks]);
    window.history.replaceState(null, '', '/search/?q=dose');
    render(<SiteSearch help={help} />);
    await waitFor(() => expect(status()).toHaveTextContent('1 page found for “dose”.'));
  });

  it('says how many there are when more are found than shown, loads only the shown ones, and shows more on request', async () => {
    const many = Array.from({ length: 12 }, (_, i) => page(i + 1));
    const api = fakePagefind(many);
    window.history.replaceState(null, '', '/search/?q=barium');
    render(<SiteSearch help={help} />);
    await waitFor(() => expect(status()).toHaveTextContent(`12 pages found for “barium”. Showing the best ${PAGE_SIZE}.`));
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(PAGE_SIZE);
    const shown = await api.search.mock.results[0].value;
    expect(shown.results.filter((r: PagefindResult) => vi.mocked(r.data).mock.calls.length).length).toBe(PAGE_SIZE);
    await userEvent.click(screen.getByRole('button', { name: 'Show more results' }));
    await waitFor(() => expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(2 * PAGE_SIZE));
  });

  it('offers "Did you mean" for a misspelling, and searches for it when chosen', async () => {
    fakePagefind();
    window.history.replaceState(null, '', '/search/?q=myelagram');
    render(<SiteSearch help={help} />);
    const suggestion = await screen.findByRole('button', { name: 'myelogram' });
    expect(suggestion.closest('p')).toHaveTextContent('Did you mean myelogram?');
    await userEvent.click(suggestion);
    expect(searchBox()).toHaveValue('myelogram');
  });

  it('falls back to fewer words when no page has them all, and says so', async () => {
    fakePagefind({ 'barium zzzz': [], barium: [bariumSwallow], zzzz: [] });
    window.history.replaceState(null, '', '/search/?q=barium+zzzz');
    render(<SiteSearch help={help} />);
    expect(await screen.findByRole('link', { name: 'Barium swallow' })).toBeInTheDocument();
    expect(screen.getByText('No page has all of those words, so these pages have some of them.')).toBeInTheDocument();
  });

  it.each([
    ['no results', []],
    ['no answer at all', null],
  ])('when Pagefind gives %s, says nothing was found and offers the list of tests and the questions page', async (_, pages) => {
    fakePagefind(pages);
    window.history.replaceState(null, '', '/search/?q=xyzzy');
    render(<SiteSearch help={help} />);
    await waitFor(() => expect(status()).toHaveTextContent('No pages found for “xyzzy”.'));
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'the list of tests' })).toHaveAttribute('href', '/procedures/');
    expect(screen.getByRole('link', { name: 'questions people often ask' })).toHaveAttribute('href', '/faq/');
  });

  it('says search is not working when the index cannot be loaded', async () => {
    vi.mocked(loadPagefind).mockRejectedValue(new Error('404'));
    window.history.replaceState(null, '', '/search/?q=barium');
    render(<SiteSearch help={help} />);
    await waitFor(() =>
      expect(status()).toHaveTextContent('Search is not working right now. Try the list of tests or the guides below.'),
    );
  });

  it('says search is not working when the search itself fails', async () => {
    vi.mocked(loadPagefind).mockResolvedValue({ search: vi.fn().mockRejectedValue(new Error('broken index')) });
    window.history.replaceState(null, '', '/search/?q=barium');
    render(<SiteSearch help={help} />);
    await waitFor(() => expect(status()).toHaveTextContent('Search is not working right now.'));
  });

  it('waits until typing pauses for 200 ms, then searches once for the whole word', async () => {
    const api = fakePagefind();
    render(<SiteSearch help={help} />);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    for (const typed of ['b', 'ba', 'bar', 'bari', 'bariu', 'barium']) {
      fireEvent.input(searchBox(), { target: { value: typed } });
      await act(() => vi.advanceTimersByTimeAsync(50));
    }
    expect(status()).toHaveTextContent('Searching…');
    await act(() => vi.advanceTimersByTimeAsync(149));
    expect(api.search).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1));
    vi.useRealTimers();
    await waitFor(() => expect(status()).toHaveTextContent('2 pages found for “barium”.'));
    expect(api.search).toHaveBeenCalledTimes(1);
  });

  it('never writes the words typed into the address', async () => {
    fakePagefind();
    const pushState = vi.spyOn(window.history, 'pushState');
    render(<SiteSearch help={help} />);
    await userEvent.type(searchBox(), 'dye');
    await waitFor(() => expect(status()).toHaveTextContent('found for “dye”'));
    expect(window.location.href).not.toContain('dye');
    expect(pushState).not.toHaveBeenCalled();
    pushState.mockRestore();
  });

  it('goes back to the hint when the box is emptied', async () => {
    fakePagefind();
    window.history.replaceState(null, '', '/search/?q=barium');
    render(<SiteSearch help={help} />);
    await screen.findByRole('link', { name: 'Barium swallow' });
    await userEvent.clear(searchBox());
    expect(status()).toHaveTextContent('Type a word');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
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
    window.history.replaceState(null, '', '/search/?q=barium');
    render(<SiteSearch help={help} />);
    await waitFor(() => expect(search).toHaveBeenCalledWith('barium'));
    await userEvent.type(searchBox(), ' dose');
    await waitFor(() => expect(status()).toHaveTextContent('1 page found for “barium dose”.'));
    await act(async () => answerOld({ results: results([bariumSwallow]) }));
    expect(status()).toHaveTextContent('1 page found for “barium dose”.');
    expect(screen.queryByRole('link', { name: 'Barium swallow' })).not.toBeInTheDocument();
  });
});

describe('<SiteSearch> on a Spanish page', () => {
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
  const ayuda = { tests: '/es/procedimientos/', questions: '/es/preguntas-frecuentes/' };
  const caja = () => screen.getByRole('searchbox', { name: 'Buscar en esta guía' });

  // The page's language comes from its <html lang>, as on the built Spanish page.
  beforeEach(() => {
    document.documentElement.lang = 'es';
    window.history.replaceState(null, '', '/es/buscar/');
  });
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('invites a word in Spanish, in a box that sends the words to the Spanish search page', () => {
    fakePagefind([trago]);
    const slot = document.createElement('div');
    slot.id = SEARCH_BOX_SLOT;
    document.body.append(slot);
    render(<SiteSearch help={ayuda} />);
    expect(within(slot).getByRole('search', { name: 'Sitio' })).toHaveAttribute('action', '/es/buscar/');
    expect(caja()).toBeInTheDocument();
    expect(status()).toHaveTextContent('Escriba una palabra o una pregunta en el cuadro de búsqueda');
  });

  it('searches for the Spanish pages\' words, without question words and small words, accents or not', async () => {
    const api = fakePagefind({ 'trago bario': [trago] });
    window.history.replaceState(null, '', `/es/buscar/?q=${encodeURIComponent('¿Qué es un trago de bário?')}`);
    render(<SiteSearch help={ayuda} />);
    await waitFor(() => expect(api.search).toHaveBeenCalledWith('trago bario'));
    expect(window.location.search).toBe('');
  });

  it('says in Spanish how many pages were found, and labels each section', async () => {
    fakePagefind([trago, riesgos]);
    window.history.replaceState(null, '', '/es/buscar/?q=bario');
    render(<SiteSearch help={ayuda} />);
    await waitFor(() => expect(status()).toHaveTextContent('Se encontraron 2 páginas para “bario”.'));
    const [first] = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(first).toHaveTextContent('Sección: ¿Qué pasa durante la prueba?');
  });

  it('offers "¿Quiso decir …?" with the accents of the right word', async () => {
    fakePagefind([riesgos]);
    window.history.replaceState(null, '', '/es/buscar/?q=radiasion');
    render(<SiteSearch help={ayuda} />);
    const suggestion = await screen.findByRole('button', { name: 'radiación' });
    expect(suggestion.closest('p')).toHaveTextContent('¿Quiso decir radiación?');
  });

  it('when nothing is found, says so in Spanish and offers the Spanish list of tests and questions page', async () => {
    fakePagefind([]);
    window.history.replaceState(null, '', '/es/buscar/?q=xyzzy');
    render(<SiteSearch help={ayuda} />);
    await waitFor(() => expect(status()).toHaveTextContent('No se encontraron páginas para “xyzzy”.'));
    expect(screen.getByRole('link', { name: 'la lista de pruebas' })).toHaveAttribute('href', '/es/procedimientos/');
    expect(screen.getByRole('link', { name: 'las preguntas frecuentes' })).toHaveAttribute('href', '/es/preguntas-frecuentes/');
  });
});
