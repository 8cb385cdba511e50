import { render, screen, within } from '@testing-library/react';
import { glossary } from '@/content/data/glossary';
import { TermList } from './TermList';

describe('<TermList>', () => {
  it('is left out when the page marks no words', () => {
    const { container } = render(<TermList ids={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('is left out when none of the words is in the glossary', () => {
    const { container } = render(<TermList ids={['not-a-word']} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists each word once, in the order it first appears, with its short definition', () => {
    render(<TermList ids={['contrast', 'barium', 'contrast', 'not-a-word', 'catheter']} />);
    const region = screen.getByRole('region', { name: 'Words used on this page' });
    expect(within(region).getAllByRole('term').map((t) => t.textContent)).toEqual([
      glossary.contrast.term,
      glossary.barium.term,
      glossary.catheter.term,
    ]);
    expect(within(region).getAllByRole('definition').map((d) => d.textContent)).toEqual([
      glossary.contrast.definition,
      glossary.barium.definition,
      glossary.catheter.definition,
    ]);
  });

  it('links to the full glossary', () => {
    render(<TermList ids={['barium']} />);
    expect(screen.getByRole('link', { name: 'See all the words in the glossary' })).toHaveAttribute('href', '/glossary/');
  });
});
