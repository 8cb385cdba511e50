import { render, screen, within } from '@testing-library/react';
import { OnThisPage } from './OnThisPage';

const headings = [
  { id: 'before-the-test', text: 'Before the test' },
  { id: 'on-the-day', text: 'On the day' },
  { id: 'after-the-test', text: 'After the test' },
];

describe('<OnThisPage>', () => {
  it.each([
    ['no headings', []],
    ['one heading', headings.slice(0, 1)],
  ])('is left out for a page with %s', (_, list) => {
    const { container } = render(<OnThisPage headings={list} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('is a navigation named "On this page" with a link to each section, in order', () => {
    render(<OnThisPage headings={headings} />);
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    expect(within(nav).getByRole('heading', { level: 2, name: 'On this page' })).toBeInTheDocument();
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Before the test', '#before-the-test'],
      ['On the day', '#on-the-day'],
      ['After the test', '#after-the-test'],
    ]);
  });

  it('folds into a closed native disclosure that names how many sections there are', () => {
    const { container } = render(<OnThisPage headings={headings} variant="fold" />);
    const details = container.querySelector('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(details.querySelector('summary')).toHaveTextContent('On this page (3 sections)');
    const nav = within(details).getByRole('navigation', { name: 'Sections on this page' });
    expect(within(nav).getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual(headings.map((h) => `#${h.id}`));
  });
});
