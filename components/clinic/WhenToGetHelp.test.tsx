import { render, screen, within } from '@testing-library/react';
import { cardsFor, generalProfile, rulesFor } from '@/lib/safety/compose';
import { WhenToGetHelp } from './WhenToGetHelp';

describe('<WhenToGetHelp>', () => {
  it('shows a care card for each level, most urgent first, with its level in words', () => {
    render(<WhenToGetHelp cards={cardsFor(generalProfile)} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.trim());
    expect(headings).toEqual([
      'Emergency: Call your local emergency number now if:',
      'Urgent advice: Get medical help today if:',
      'Non-urgent advice: Contact your care team if:',
    ]);
  });

  it('lists every warning sign of the cards', () => {
    const cards = cardsFor(generalProfile);
    render(<WhenToGetHelp cards={cards} />);
    const section = screen.getByRole('region', { name: 'When to get help' });
    expect(within(section).getAllByRole('listitem')).toHaveLength(cards.flatMap((c) => c.signs).length);
  });

  it('shows the rules that apply, such as the sedation rule', () => {
    const profile = { applies: ['sedation'] as const };
    render(<WhenToGetHelp cards={cardsFor({ applies: ['spine-needle'] })} rules={rulesFor(profile)} />);
    expect(screen.getByText(/stay with you for 24 hours/)).toBeInTheDocument();
  });
});
