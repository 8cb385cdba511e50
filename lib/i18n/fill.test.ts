import { fill } from './fill';

describe('fill', () => {
  it('puts each value in its place', () => {
    expect(fill('{count} pages found for “{query}”.', { count: 3, query: 'barium' })).toBe('3 pages found for “barium”.');
  });

  it('leaves a value\'s own braces alone, and a name it was not given', () => {
    expect(fill('Instructions from {clinic}', { clinic: 'Ward {count}' })).toBe('Instructions from Ward {count}');
    expect(fill('Printed {date}', {})).toBe('Printed {date}');
  });
});
