import { render, screen, within } from '@testing-library/react';
import { bodyGroups } from '@/content/schema/procedure';
import { ProcedureIndex, type IndexItem } from './ProcedureIndex';

// Given out of order, to show the index sorts groups itself.
const procedures: IndexItem[] = [
  { href: '/procedures/voiding-cystourethrogram/', title: 'Voiding cystourethrogram', group: 'urinary', purpose: 'Checks how the bladder empties.', otherNames: ['VCUG', 'MCUG'] },
  { href: '/procedures/barium-swallow/', title: 'Barium swallow', group: 'digestive', purpose: 'Shows your food pipe.', otherNames: [] },
  { href: '/procedures/myelogram/', title: 'Myelogram', group: 'spine', purpose: 'Shows the spinal cord and nerves.', otherNames: [] },
  { href: '/procedures/upper-gi-series/', title: 'Upper GI series', group: 'digestive', purpose: 'Shows your stomach.', otherNames: ['Barium meal'] },
];

const shownGroups = [bodyGroups.digestive, bodyGroups.spine, bodyGroups.urinary];

describe('<ProcedureIndex>', () => {
  it('groups tests by body system, in the order of bodyGroups', () => {
    render(<ProcedureIndex procedures={procedures} />);
    const sections = screen.getAllByRole('region');
    expect(sections.map((s) => within(s).getByRole('heading', { level: 2 }).textContent)).toEqual(shownGroups);
    expect(sections[0]).toHaveAccessibleName(bodyGroups.digestive);
  });

  it('leaves out body systems that have no tests', () => {
    render(<ProcedureIndex procedures={procedures} />);
    for (const name of [bodyGroups.heart, bodyGroups.swallowing, bodyGroups['bones-joints']]) {
      expect(screen.queryByRole('heading', { name })).not.toBeInTheDocument();
      expect(screen.queryByRole('link', { name })).not.toBeInTheDocument();
    }
  });

  it('has a contents list whose links go to each group heading', () => {
    render(<ProcedureIndex procedures={procedures} />);
    const nav = screen.getByRole('navigation', { name: 'Tests by part of the body' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(shownGroups);
    for (const link of links) {
      const href = link.getAttribute('href') ?? '';
      expect(href).toMatch(/^#/);
      const target = document.getElementById(href.slice(1));
      expect(target).toHaveRole('heading');
      expect(target).toHaveTextContent(link.textContent ?? '');
    }
  });

  it('links each test to its page, under its own group, with what it is for', () => {
    render(<ProcedureIndex procedures={procedures} />);
    const digestive = screen.getByRole('region', { name: bodyGroups.digestive });
    expect(within(digestive).getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Barium swallow', '/procedures/barium-swallow/'],
      ['Upper GI series', '/procedures/upper-gi-series/'],
    ]);
    expect(digestive).toHaveTextContent('Shows your stomach.');
    const urinary = screen.getByRole('region', { name: bodyGroups.urinary });
    expect(within(urinary).getByRole('link', { name: 'Voiding cystourethrogram' })).toHaveAttribute(
      'href',
      '/procedures/voiding-cystourethrogram/',
    );
  });

  it('gives other names on an "Also called" line, only for tests that have them', () => {
    render(<ProcedureIndex procedures={procedures} />);
    expect(screen.getByText('Also called: VCUG, MCUG')).toBeInTheDocument();
    expect(screen.getByText('Also called: Barium meal')).toBeInTheDocument();
    expect(screen.getAllByText(/^Also called:/)).toHaveLength(2);
  });
});
