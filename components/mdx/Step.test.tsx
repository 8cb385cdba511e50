import { render, screen } from '@testing-library/react';
import { Step } from './Step';

describe('<Step>', () => {
  it('renders its title and what you will feel', () => {
    render(
      <ol>
        <Step title="Contrast is given">
          <p>It may feel warm for a moment.</p>
        </Step>
      </ol>,
    );
    expect(screen.getByRole('listitem')).toHaveTextContent('Contrast is given');
    expect(screen.getByText('It may feel warm for a moment.')).toBeVisible();
  });
});
