import { render, screen, within } from '@testing-library/react';
import { RelatedProcedures } from './RelatedProcedures';

describe('<RelatedProcedures>', () => {
  it('renders nothing when there are no related tests', () => {
    const { container } = render(<RelatedProcedures items={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('is a navigation headed "Related tests" that links to each one', () => {
    const items = [
      { href: '/procedures/upper-gi-series/', title: 'Upper GI series' },
      { href: '/procedures/swallow-study/', title: 'Swallow study' },
    ];
    render(<RelatedProcedures items={items} />);
    const nav = screen.getByRole('navigation', { name: 'Related tests' });
    expect(within(nav).getByRole('heading', { level: 2, name: 'Related tests' })).toBeInTheDocument();
    expect(within(nav).getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')])).toEqual(
      items.map((i) => [i.title, i.href]),
    );
  });
});
