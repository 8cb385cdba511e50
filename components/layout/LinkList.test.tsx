import { render, screen, within } from '@testing-library/react';
import { LinkList } from './LinkList';

const items = [
  { href: '/risks/', title: 'Risks and radiation safety' },
  { href: '/after/', title: 'After the test' },
];

describe('<LinkList>', () => {
  it('is a region named by its heading, with a link for each item in order', () => {
    render(<LinkList id="more" heading="Read more" items={items} />);
    const region = screen.getByRole('region', { name: 'Read more' });
    expect(within(region).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/risks/', '/after/']);
  });

  it('can be a navigation landmark instead', () => {
    render(<LinkList as="nav" id="related" heading="Related tests" items={items} />);
    expect(screen.getByRole('navigation', { name: 'Related tests' })).toBeInTheDocument();
  });

  it('renders nothing without links', () => {
    const { container } = render(<LinkList id="none" heading="Nothing" items={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
