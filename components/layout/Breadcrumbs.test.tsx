import { render, screen, within } from '@testing-library/react';
import { Breadcrumbs } from './Breadcrumbs';

const trail = [
  { href: '/', label: 'Home' },
  { href: '/procedures/', label: 'Find your test' },
  { href: '/procedures/barium-swallow/', label: 'Barium swallow' },
];

function jsonLdOf(container: HTMLElement) {
  const scripts = container.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return { text: scripts[0].textContent ?? '', data: JSON.parse(scripts[0].textContent ?? '') };
}

describe('<Breadcrumbs>', () => {
  it('is a navigation landmark named Breadcrumb with the trail in an ordered list', () => {
    render(<Breadcrumbs trail={trail} />);
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    const list = within(nav).getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Home›',
      'Find your test›',
      'Barium swallow',
    ]);
  });

  it('links every crumb but the last', () => {
    render(<Breadcrumbs trail={trail} />);
    const links = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Home', '/'],
      ['Find your test', '/procedures/'],
    ]);
  });

  it('shows the last crumb, this page, as text marked aria-current="page"', () => {
    render(<Breadcrumbs trail={trail} />);
    const here = screen.getByText('Barium swallow');
    expect(here.closest('a')).toBeNull();
    expect(here).toHaveAttribute('aria-current', 'page');
  });

  it('gives search engines the same trail as BreadcrumbList data', () => {
    const { container } = render(<Breadcrumbs trail={trail} />);
    const { data } = jsonLdOf(container);
    expect(data['@type']).toBe('BreadcrumbList');
    const items = data.itemListElement as { position: number; name: string; item: string }[];
    expect(items.map((i) => i.name)).toEqual(trail.map((c) => c.label));
    expect(items.map((i) => i.position)).toEqual([1, 2, 3]);
    items.forEach((item, i) => {
      expect(item.item).toMatch(/^https?:\/\//);
      expect(new URL(item.item).pathname).toBe(trail[i].href);
    });
  });

  it('escapes "<" in the data, so a label cannot close the script element', () => {
    const label = '</script><script>alert(1)</script>';
    const { container } = render(<Breadcrumbs trail={[{ href: '/', label: 'Home' }, { href: '/x/', label }]} />);
    const { text, data } = jsonLdOf(container);
    expect(text).not.toContain('<');
    expect(data.itemListElement[1].name).toBe(label);
  });
});
