import { screen, waitFor } from '@testing-library/react';
import { act } from 'react';
import { mountIslands } from './mount';

vi.mock('@/lib/search/pagefind', async (original) => ({
  ...(await original<typeof import('@/lib/search/pagefind')>()),
  loadPagefind: vi.fn(async () => ({ options: async () => {}, search: async () => ({ results: [] }) })),
}));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('mountIslands', () => {
  it('starts the island over the HTML the server wrote, keeping what the reader typed and where they were', async () => {
    document.body.innerHTML = `
      <div data-island-root="search"><form role="search"><input name="q" type="search" /></form></div>
      <script type="application/json" data-island-props="search">{}</script>`;
    const early = document.querySelector<HTMLInputElement>('input[name="q"]')!;
    early.value = 'myelogram';
    early.focus();

    await act(async () => {
      await mountIslands();
    });

    const box = screen.getByRole('searchbox', { name: 'Search this guide' });
    expect(box).not.toBe(early);
    expect(box).toHaveValue('myelogram');
    expect(box).toHaveFocus();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('No pages found for “myelogram”'));
  });

  it('passes each island its props from the JSON beside it', async () => {
    document.body.innerHTML = `
      <div data-island-root="appointment"></div>
      <script type="application/json" data-island-props="appointment">{"pages":[],"general":{"day":[],"checklist":[],"cards":[],"rules":[],"sources":[]},"origin":"https://example.org"}</script>`;
    await act(async () => {
      await mountIslands();
    });
    expect(document.querySelector('[data-island="appointment"]')).not.toBeNull();
  });

  it('leaves alone an element that names no known island', async () => {
    document.body.innerHTML = '<div data-island-root="unknown"><p>Plain text</p></div>';
    await act(async () => {
      await mountIslands();
    });
    expect(screen.getByText('Plain text')).toBeInTheDocument();
  });
});
