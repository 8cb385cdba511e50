import { render, screen } from '@testing-library/react';
import { whenToGetHelp } from '@/content/data/checklist';
import { WhenToGetHelp } from './WhenToGetHelp';

describe('<WhenToGetHelp>', () => {
  it('shows a care card for each level, most urgent first, with its level in words', () => {
    render(<WhenToGetHelp cards={whenToGetHelp} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.trim());
    expect(headings).toEqual([
      'Emergency: Call 911 or 999 now if:',
      'Urgent advice: Ask for urgent medical help if:',
      'Non-urgent advice: Contact your care team if:',
    ]);
  });

  it('lists every warning sign', () => {
    render(<WhenToGetHelp cards={whenToGetHelp} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(whenToGetHelp.flatMap((c) => c.signs).length);
  });
});
