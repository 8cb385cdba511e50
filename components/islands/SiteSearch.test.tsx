import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { loadPagefind, type PagefindApi, type PagefindData } from '@/lib/search/pagefind';
import { SiteSearch } from './SiteSearch';

vi.mock('@/lib/search/pagefind', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/search/pagefind')>()),
  loadPagefind: vi.fn(),
}));

const bariumSwallow: PagefindData = {
  url: '/procedures/barium-swallow/',
  excerpt: 'A <mark>barium</mark> swallow shows your food pipe.',
  meta: { title: 'Barium swallow' },
  sub_results: [
    { title: 'Barium swallow', url: '/procedures/barium-swallow/', excerpt: 'A <mark>barium</mark> swallow.' },
    {
      title: 'What happens',
      url: '/procedures/barium-swallow/#what-happens',
      excerpt: 'You drink the <mark>barium</mark> while standing.',
    },
  ],
};

const risks: PagefindData = {
  url: '/risks/',
  excerpt: 'Tests that use <mark>barium</mark> give a small dose.',
  meta: { title: 'Risks and radiation safety' },
  sub_results: [],
};

/** A stand-in for Pagefind that returns the given pages for any words. */
function fakePagefind(pages: PagefindData[] | null = [bariumSwallow, risks]) {
  const api = {
    search: vi.fn(async () =>
      pages === null ? null : { results: pages.map((page, i) => ({ id: String(i), data: async () => page })) },
    ),
  } satisfies PagefindApi;
  vi.mocked(loadPagefind).mockResolvedValue(api);
  return api;
}

const searchBox = () => screen.getByRole('searchbox', { name: 'What are you looking for?' });
const status = () => screen.getByRole('status');

beforeEach(() => {
  window.history.replaceState(null, '', '/search/');
});

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(loadPagefind).mockReset();
});

describe('<SiteSearch>', () => {
  it('writes a working form into the HTML the server sends, so the page does not jump when search starts', () => {
    fakePagefind();
    const html = renderToString(<SiteSearch />);
    expect(html).toContain('role="search"');
    expect(html).toContain('role="status"');
  });

  it('invites a word once the script runs', () => {
    fakePagefind();
    render(<SiteSearch />);
    expect(screen.getByRole('search', { name: 'This page' })).toBeInTheDocument();
    expect(status()).toHaveTextContent('Type a word, for example "barium" or "pregnant".');
  });

  it('fills the box from ?q= in the address and runs that search', async () => {
    const api = fakePagefind();
    window.history.replaceState(null, '', '/search/?q=barium');
    render(<SiteSearch />);
    expect(searchBox()).toHaveValue('barium');
    expect(await screen.findByRole('link', { name: 'Barium swallow' })).toBeInTheDocument();
    expect(api.search).toHaveBeenCalledWith('barium');
  });

  it('cuts a very long ?q= to the 100 characters the box allows', () => {
    fakePagefind();
    window.history.replaceState(null, '', `/search/?q=${'a'.repeat(150)}`);
    render(<SiteSearch />);
    expect(searchBox()).toHaveValue('a'.repeat(100));
  });

  it('shows each result as a link to the page, with the best section and an excerpt', async () => {
    fakePagefind();
    window.history.replaceState(null, '', '/search/?q=barium');
    render(<SiteSearch />);
    const title = await screen.findByRole('link', { name: 'Barium swallow' });
    expect(title).toHaveAttribute('href', '/procedures/barium-swallow/');
    expect(screen.getByRole('heading', { level: 2, name: 'Barium swallow' })).toContainElement(title);

    const [first, second] = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(within(first).getByRole('link', { name: 'What happens' })).toHaveAttribute(
      'href',
      '/procedures/barium-swallow/#what-happens',
    );
    expect(first).toHaveTextContent('Section: What happens');
    expect(first).toHaveTextContent('You drink the barium while standing.');

    expect(within(second).getByRole('link', { name: 'Risks and radiation safety' })).toHaveAttribute('href', '/risks/');
    expect(second).not.toHaveTextContent('Section:');
    expect(second).toHaveTextContent('Tests that use barium give a small dose.');
  });

  it('highlights only the matched words', async () => {
    fakePagefind([{ ...risks, excerpt: 'Tests that use <mark>barium</mark> or <mark>dye</mark> give a small dose.' }]);
    window.history.replaceState(null, '', '/search/?q=barium+dye');
    render(<SiteSearch />);
    const item = within(await screen.findByRole('list')).getByRole('listitem');
    expect(within(item).getAllByRole('mark').map((m) => m.textContent)).toEqual(['barium', 'dye']);
  });

  it('never turns markup in an excerpt into elements', async () => {
    fakePagefind([
      {
        ...risks,
        excerpt: '<img src=x onerror=alert(1)>Take <mark>barium</mark> &lt;img src=x onerror=alert(2)&gt; home.',
      },
    ]);
    window.history.replaceState(null, '', '/search/?q=barium');
    const { container } = render(<SiteSearch />);
    const item = within(await screen.findByRole('list')).getByRole('listitem');
    expect(container.querySelector('img')).toBeNull();
    expect(item).toHaveTextContent('Take barium <img src=x onerror=alert(2)> home.');
    expect(within(item).getAllByRole('mark').map((m) => m.textContent)).toEqual(['barium']);
  });

  it('shows a page title with markup in it as plain text', async () => {
    fakePagefind([{ ...risks, meta: { title: '<img src=x onerror=alert(1)>Risks' } }]);
    window.history.replaceState(null, '', '/search/?q=risks');
    const { container } = render(<SiteSearch />);
    expect(await screen.findByRole('link', { name: '<img src=x onerror=alert(1)>Risks' })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('announces how many pages were found, in the status region', async () => {
    fakePagefind();
    window.history.replaceState(null, '', '/search/?q=barium');
    render(<SiteSearch />);
    await waitFor(() => expect(status()).toHaveTextContent('2 pages found for “barium”.'));
    expect(status()).toHaveAttribute('aria-live', 'polite');
  });

  it('says "1 page", not "1 pages"', async () => {
    fakePagefind([risks]);
    window.history.replaceState(null, '', '/search/?q=dose');
    render(<SiteSearch />);
    await waitFor(() => expect(status()).toHaveTextContent('1 page found for “dose”.'));
  });

  it.each([
    ['no results', []],
    ['no answer at all', null],
  ])('when Pagefind gives %s, says nothing was found and suggests what to do', async (_, pages) => {
    fakePagefind(pages);
    window.history.replaceState(null, '', '/search/?q=xyzzy');
    render(<SiteSearch />);
    await waitFor(() =>
      expect(status()).toHaveTextContent('No pages found for “xyzzy”. Try a different word, or use the list of tests.'),
    );
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('says search is not working when the index cannot be loaded', async () => {
    vi.mocked(loadPagefind).mockRejectedValue(new Error('404'));
    window.history.replaceState(null, '', '/search/?q=barium');
    render(<SiteSearch />);
    await waitFor(() =>
      expect(status()).toHaveTextContent('Search is not working right now. Try the list of tests or the guides below.'),
    );
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('says search is not working when the search itself fails', async () => {
    vi.mocked(loadPagefind).mockResolvedValue({ search: vi.fn().mockRejectedValue(new Error('broken index')) });
    window.history.replaceState(null, '', '/search/?q=barium');
    render(<SiteSearch />);
    await waitFor(() => expect(status()).toHaveTextContent('Search is not working right now.'));
  });

  it('waits until typing pauses for 200 ms, then searches once for the whole word', async () => {
    const api = fakePagefind();
    render(<SiteSearch />);
    // Fake only the debounce clock; each keystroke is a change event, as a fast typist makes.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    for (const typed of ['b', 'ba', 'bar', 'bari', 'bariu', 'barium']) {
      fireEvent.change(searchBox(), { target: { value: typed } });
      await act(() => vi.advanceTimersByTimeAsync(50));
    }
    expect(status()).toHaveTextContent('Searching…');
    await act(() => vi.advanceTimersByTimeAsync(149));
    expect(api.search).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1));
    vi.useRealTimers();
    await waitFor(() => expect(status()).toHaveTextContent('2 pages found for “barium”.'));
    expect(api.search).toHaveBeenCalledTimes(1);
    expect(api.search).toHaveBeenCalledWith('barium');
  });

  it('keeps the words in the address as you type, replacing the history entry rather than adding one', async () => {
    fakePagefind();
    const replaceState = vi.spyOn(window.history, 'replaceState');
    const entries = window.history.length;
    render(<SiteSearch />);
    await userEvent.type(searchBox(), 'dye');
    expect(new URLSearchParams(window.location.search).get('q')).toBe('dye');
    expect(window.location.pathname).toBe('/search/');
    expect(replaceState).toHaveBeenCalled();
    expect(window.history.length).toBe(entries);
    replaceState.mockRestore();
  });

  it('takes ?q= out of the address when the box is emptied, and goes back to the hint', async () => {
    fakePagefind();
    window.history.replaceState(null, '', '/search/?q=barium');
    render(<SiteSearch />);
    await screen.findByRole('link', { name: 'Barium swallow' });
    await userEvent.clear(searchBox());
    expect(window.location.search).toBe('');
    expect(status()).toHaveTextContent('Type a word');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows the results for the latest words even if an older search answers last', async () => {
    let answerOld: (value: Awaited<ReturnType<PagefindApi['search']>>) => void = () => {};
    const search = vi.fn((words: string) =>
      words === 'barium'
        ? new Promise<Awaited<ReturnType<PagefindApi['search']>>>((resolve) => {
            answerOld = resolve;
          })
        : Promise.resolve({ results: [{ id: '1', data: async () => risks }] }),
    );
    vi.mocked(loadPagefind).mockResolvedValue({ search });
    window.history.replaceState(null, '', '/search/?q=barium');
    render(<SiteSearch />);
    await waitFor(() => expect(search).toHaveBeenCalledWith('barium'));
    await userEvent.type(searchBox(), ' dose');
    await waitFor(() => expect(status()).toHaveTextContent('1 page found for “barium dose”.'));
    await act(async () => answerOld({ results: [{ id: '0', data: async () => bariumSwallow }] }));
    expect(status()).toHaveTextContent('1 page found for “barium dose”.');
    expect(screen.queryByRole('link', { name: 'Barium swallow' })).not.toBeInTheDocument();
  });
});
