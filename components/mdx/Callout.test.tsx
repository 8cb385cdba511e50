import { render, screen } from '@testing-library/react';
import { calloutExamples } from './Callout.examples';

describe('<Callout>', () => {
  it('shows inset text as it is', () => {
    render(calloutExamples.info);
    expect(screen.getByText("Your hospital's instructions come first.")).toBeVisible();
  });

  it('says "Important" in words on a warning, so colour is not the only signal', () => {
    render(calloutExamples.warning);
    expect(screen.getByText('Important')).toBeVisible();
    expect(screen.getByText('Warning:')).toHaveClass('sr-only');
  });

  it('shows a title when given one', () => {
    render(calloutExamples['info with title']);
    expect(screen.getByText('Good to know')).toBeVisible();
  });
});
