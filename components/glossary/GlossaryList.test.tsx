import { render, screen } from '@testing-library/react';
import { glossary } from '@/content/data/glossary';
import { GlossaryList } from './GlossaryList';

const entries = {
  stent: { term: 'Stent', definition: 'A small tube that holds something open.' },
  barium: { term: 'barium', definition: 'A chalky white liquid.' },
  esophagus: { term: 'Esophagus', definition: 'The food pipe.', alsoCalled: ['oesophagus', 'gullet'] },
  'c-arm': { term: 'C-arm', definition: 'An X-ray machine shaped like the letter C.' },
};

describe('<GlossaryList>', () => {
  it('lists the words A to Z by term, whatever the order of the data and the case of the words', () => {
    render(<GlossaryList entries={entries} />);
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toEqual(['barium', 'C-arm', 'Esophagus', 'Stent']);
  });

  it('shows each definition after its word', () => {
    render(<GlossaryList entries={entries} />);
    const definitions = screen.getAllByRole('definition').map((d) => d.textContent);
    expect(definitions[0]).toBe('A chalky white liquid.');
    expect(definitions[3]).toBe('A small tube that holds something open.');
  });

  it('gives each entry an anchor equal to its key, for links from <Term>', () => {
    render(<GlossaryList entries={entries} />);
    for (const [id, entry] of Object.entries(entries)) {
      expect(document.getElementById(id)).toHaveTextContent(entry.term);
      expect(document.getElementById(id)).toHaveTextContent(entry.definition);
    }
  });

  it('shows other names on an "Also called" line, only where there are some', () => {
    render(<GlossaryList entries={entries} />);
    expect(screen.getByText('Also called: oesophagus, gullet')).toBeInTheDocument();
    expect(screen.getAllByText(/^Also called:/)).toHaveLength(1);
  });

  it('has an anchor for every word in the real glossary', () => {
    render(<GlossaryList entries={glossary} />);
    for (const [id, entry] of Object.entries(glossary)) {
      expect(document.getElementById(id)).toHaveTextContent(entry.term);
    }
  });
});
