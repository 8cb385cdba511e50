import { render, screen } from '@testing-library/react';
import { GuideLinks } from './GuideLinks';

describe('<GuideLinks>', () => {
  it('links each guide', () => {
    render(<GuideLinks items={[{ href: '/preparing/', title: 'Preparing for your test' }]} />);
    expect(screen.getByRole('link', { name: 'Preparing for your test' })).toHaveAttribute('href', '/preparing/');
  });

  it('shows nothing when no guide is written yet', () => {
    const { container } = render(<GuideLinks items={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
