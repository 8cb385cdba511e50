import { screen, waitFor } from '@testing-library/react';
import { mountIslands, type IslandLoader } from './mount';
import { SiteSearch } from './SiteSearch';

vi.mock('@/lib/search/pagefind', async (original) => ({
  ...(await original<typeof import('@/lib/search/pagefind')>()),
  loadPagefind: vi.fn(async () => ({ options: async () => {}, search: async () => ({ results: [] }) })),
}));

afterEach(() => {
  document.body.innerHTML = '';
});

const search: IslandLoader = { runtime: 'preact', load: async () => SiteSearch as never };

describe('mountIslands', () => {
  it('starts a component island over the HTML the server wrote, keeping what the reader typed and where they were', async () => {
    document.body.innerHTML = `
      <div data-island-root="search"><form role="search"><input name="q" type="search" /></form></div>
      <script type="application/json" data-island-props="search">{"help":{"tests":"/procedures/","questions":"/faq/"}}</script>`;
    const early = document.querySelector<HTMLInputElement>('input[name="q"]')!;
    early.value = 'myelogram';
    early.focus();

    await mountIslands({ search });

    const box = screen.getByRole('searchbox', { name: 'Search this guide' });
    expect(box).toHaveValue('myelogram');
    expect(box).toHaveFocus();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('No pages found for “myelogram”'));
  });

  it('passes a plain island its root and its props from the JSON beside it, with no framework', async () => {
    document.body.innerHTML = `
      <div data-island-root="appointment"><p>Static</p></div>
      <script type="application/json" data-island-props="appointment">{"origin":"https://example.org"}</script>`;
    const start = vi.fn();
    await mountIslands({ appointment: { runtime: 'dom', load: async () => start } });
    expect(start).toHaveBeenCalledWith(document.querySelector('[data-island-root="appointment"]'), { origin: 'https://example.org' });
  });

  it('leaves alone an element that names no known island', async () => {
    document.body.innerHTML = '<div data-island-root="unknown"><p>Plain text</p></div>';
    await mountIslands({ search });
    expect(screen.getByText('Plain text')).toBeInTheDocument();
  });
});
