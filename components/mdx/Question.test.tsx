import { render, screen } from '@testing-library/react';
import { Question } from './Question';

describe('<Question>', () => {
  it('uses an h3 by default and an h2 when asked', () => {
    const { rerender } = render(<Question q="How long does it take?">About 20 minutes.</Question>);
    expect(screen.getByRole('heading', { level: 3, name: 'How long does it take?' })).toBeInTheDocument();
    rerender(<Question q="How long does it take?" level={2}>About 20 minutes.</Question>);
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
  });
});
