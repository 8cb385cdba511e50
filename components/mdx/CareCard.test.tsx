import { render, screen } from '@testing-library/react';
import { careCardExamples } from './CareCard.examples';

describe('<CareCard>', () => {
  it.each([
    ['non-urgent', 'Non-urgent advice: Contact your care team if:'],
    ['urgent', 'Urgent advice: Ask for urgent medical help if:'],
    ['emergency', 'Emergency: Call 911 or 999 now if:'],
  ] as const)('gives the %s card a heading that says its level in words', (level, name) => {
    render(careCardExamples[level]);
    expect(screen.getByRole('heading', { level: 3, name })).toBeInTheDocument();
  });

  it('shows the level as visible text too, not only as a colour', () => {
    render(careCardExamples.urgent);
    expect(screen.getByText('Urgent')).toBeVisible();
  });

  it('keeps the warning signs in a list', () => {
    render(careCardExamples.emergency);
    expect(screen.getByRole('listitem')).toHaveTextContent('bleeding does not stop');
  });
});
