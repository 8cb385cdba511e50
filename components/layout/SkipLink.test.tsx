import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SkipLink } from './SkipLink';

describe('<SkipLink>', () => {
  it('jumps to the main content', () => {
    render(<SkipLink />);
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
  });

  it('is the first thing the Tab key reaches', async () => {
    render(
      <>
        <SkipLink />
        <a href="/">Fluoroscopy Guide</a>
      </>,
    );
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveFocus();
  });
});

describe('<SkipLink> in Spanish', () => {
  it('says where it goes in Spanish', () => {
    render(<SkipLink locale="es" />);
    expect(screen.getByRole('link', { name: 'Saltar al contenido principal' })).toHaveAttribute('href', '#main');
  });
});
