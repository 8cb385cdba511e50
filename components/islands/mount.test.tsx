import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { mountIslands, type IslandLoader } from './mount';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A component island with a box whose words it repeats, as the server draws it before any typing. */
function Echo({ label }: { label: string }) {
  const [words, setWords] = useState('');
  return (
    <form>
      <input name="words" type="search" aria-label={label} value={words} onChange={(e) => setWords(e.target.value)} />
      <p role="status">{words ? `You typed ${words}` : ''}</p>
    </form>
  );
}

const echo: IslandLoader = { runtime: 'preact', load: async () => Echo as never };

describe('mountIslands', () => {
  it('starts a component island over the HTML the server wrote, keeping what the reader typed and where they were', async () => {
    document.body.innerHTML = `
      <div data-island-root="echo"><form><input name="words" type="search" /><p role="status"></p></form></div>
      <script type="application/json" data-island-props="echo">{"label":"Words"}</script>`;
    const early = document.querySelector<HTMLInputElement>('input[name="words"]')!;
    early.value = 'myelogram';
    early.focus();

    await mountIslands({ echo });

    const box = screen.getByRole('searchbox', { name: 'Words' });
    expect(box).toHaveValue('myelogram');
    expect(box).toHaveFocus();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('You typed myelogram'));
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
    await mountIslands({ echo });
    expect(screen.getByText('Plain text')).toBeInTheDocument();
  });
});
