import { render, screen, within } from '@testing-library/react';
import { MainNav } from './MainNav';

const items = [
  { href: '/what-is-fluoroscopy/', label: 'What is fluoroscopy?' },
  { href: '/procedures/', label: 'Tests A to Z' },
  { href: '/glossary/', label: 'Glossary' },
];

describe('<MainNav>', () => {
  it('is a navigation landmark named Main with a link for each item, in order', () => {
    render(<MainNav items={items} />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => [l.getAttribute('href'), l.textContent])).toEqual(items.map((i) => [i.href, i.label]));
  });

  it('marks the current page with aria-current, and only that one', () => {
    render(<MainNav items={items} current="/procedures/" />);
    expect(screen.getByRole('link', { name: 'Tests A to Z' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Glossary' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'What is fluoroscopy?' })).not.toHaveAttribute('aria-current');
  });

  it('marks nothing as current on a page that is not in the navigation', () => {
    render(<MainNav items={items} current="/about/" />);
    for (const link of screen.getAllByRole('link')) expect(link).not.toHaveAttribute('aria-current');
  });
});
