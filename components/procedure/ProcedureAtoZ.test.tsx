import { render, screen, within } from '@testing-library/react';
import { atoZEntries, ProcedureAtoZ, type AtoZItem } from './ProcedureAtoZ';

const items: AtoZItem[] = [
  { slug: 'hysterosalpingogram', href: '/procedures/hysterosalpingogram/', title: 'Hysterosalpingogram (HSG)', otherNames: ['HSG', 'Uterosalpingography'] },
  { slug: 'barium-swallow', href: '/procedures/barium-swallow/', title: 'Barium swallow', otherNames: ['Esophagram', 'barium swallow'] },
  { slug: 'arthrogram', href: '/procedures/arthrogram/', title: 'Arthrogram', otherNames: [] },
];

describe('<ProcedureAtoZ>', () => {
  it('lists every test under its own name and every other name, once each, in alphabetical order', () => {
    expect(atoZEntries(items).map((e) => e.name)).toEqual([
      'Arthrogram',
      'Barium swallow',
      'Esophagram',
      'HSG',
      'Hysterosalpingogram (HSG)',
      'Uterosalpingography',
    ]);
  });

  it('sends another name to its test, and says whose name it is', () => {
    render(<ProcedureAtoZ items={items} />);
    const link = screen.getByRole('link', { name: 'Esophagram' });
    expect(link).toHaveAttribute('href', '/procedures/barium-swallow/');
    expect(link.closest('li')).toHaveTextContent('Esophagram (another name for Barium swallow)');
    expect(screen.getByRole('link', { name: 'HSG' })).toHaveAttribute('href', '/procedures/hysterosalpingogram/');
  });

  it('puts each name under its letter, and links only the letters that have tests', () => {
    render(<ProcedureAtoZ items={items} />);
    const h = screen.getByRole('heading', { level: 3, name: 'H' });
    const list = h.nextElementSibling as HTMLElement;
    expect(within(list).getAllByRole('link').map((l) => l.textContent)).toEqual(['HSG', 'Hysterosalpingogram (HSG)']);
    const letters = screen.getByRole('navigation', { name: 'Letters' });
    expect(within(letters).getAllByRole('link').map((l) => l.textContent)).toEqual(['A', 'B', 'E', 'H', 'U']);
    expect(within(letters).getByText('Z').tagName).toBe('SPAN');
    for (const link of within(letters).getAllByRole('link')) {
      expect(document.getElementById(link.getAttribute('href')!.slice(1))).toHaveTextContent(link.textContent!);
    }
  });
});
