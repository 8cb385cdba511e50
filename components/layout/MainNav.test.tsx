import { render, screen, within } from '@testing-library/react';
import { MainNav } from './MainNav';

const items = [
  { href: '/what-is-fluoroscopy/', label: 'What is fluoroscopy?' },
  { href: '/procedures/', label: 'Find your test' },
  { href: '/glossary/', label: 'Glossary' },
];

const pairs = (nav: HTMLElement) =>
  within(nav)
    .getAllByRole('link')
    .map((l) => [l.getAttribute('href'), l.textContent]);

describe('<MainNav>', () => {
  it('gives the phone menu and the wide-screen row the same links, in order', () => {
    render(<MainNav items={items} />);
    const menu = screen.getByRole('navigation', { name: 'Main menu' });
    const row = screen.getByRole('navigation', { name: 'Main' });
    expect(pairs(menu)).toEqual(items.map((i) => [i.href, i.label]));
    expect(pairs(row)).toEqual(items.map((i) => [i.href, i.label]));
  });

  it('folds the phone menu into a native disclosure that works without a script', () => {
    const { container } = render(<MainNav items={items} />);
    const details = container.querySelector('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(within(details).getByText('Menu').tagName).toBe('SUMMARY');
    expect(details).toHaveClass('md:hidden');
    expect(screen.getByRole('navigation', { name: 'Main', hidden: true })).toHaveClass('hidden', 'md:block');
    expect(screen.getAllByRole('navigation', { hidden: true }).map((n) => n.getAttribute('aria-label'))).toEqual(['Main menu', 'Main']);
  });

  it('marks the current page with aria-current, and only that one', () => {
    render(<MainNav items={items} current="/procedures/" />);
    for (const link of screen.getAllByRole('link', { name: 'Find your test' })) expect(link).toHaveAttribute('aria-current', 'page');
    for (const link of screen.getAllByRole('link', { name: 'Glossary' })) expect(link).not.toHaveAttribute('aria-current');
  });

  it('marks nothing as current on a page that is not in the navigation', () => {
    render(<MainNav items={items} current="/about/" />);
    for (const link of screen.getAllByRole('link')) expect(link).not.toHaveAttribute('aria-current');
  });
});
