import { render, screen, within } from '@testing-library/react';
import { SITE_NAME } from '@/lib/site';
import { SiteHeader } from './SiteHeader';

const items = [
  { href: '/preparing/', label: 'How to prepare' },
  { href: '/procedures/', label: 'Find your test' },
];

describe('<SiteHeader>', () => {
  it('is the banner landmark, with the site name linking home', () => {
    render(<SiteHeader items={items} />);
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: SITE_NAME })).toHaveAttribute('href', '/');
  });

  it('holds the site search box and the main navigation', () => {
    render(<SiteHeader items={items} />);
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('search', { name: 'Site' })).toBeInTheDocument();
    // A "Main menu" navigation for phones and a "Main" one for wide screens; CSS shows one at a time.
    for (const nav of within(banner).getAllByRole('navigation', { name: /^Main( menu)?$/ })) {
      expect(within(nav).getByRole('link', { name: 'How to prepare' })).toHaveAttribute('href', '/preparing/');
      expect(within(nav).getByRole('link', { name: 'Find your test' })).toHaveAttribute('href', '/procedures/');
    }
  });
});
