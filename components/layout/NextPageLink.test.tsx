import { render, screen, within } from '@testing-library/react';
import { NextPageLink } from './NextPageLink';

describe('<NextPageLink>', () => {
  it('links to the next page in reading order, saying "Next" and its title', () => {
    render(<NextPageLink href="/procedure/" title="What happens on the day" />);
    const nav = screen.getByRole('navigation', { name: 'Next page' });
    const link = within(nav).getByRole('link', { name: /Next.*What happens on the day/ });
    expect(link).toHaveAttribute('href', '/procedure/');
    expect(link).toHaveAttribute('rel', 'next');
  });
});
