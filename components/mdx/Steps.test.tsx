import { render, screen, within } from '@testing-library/react';
import { stepsExamples } from './Steps.examples';

describe('<Steps> and <Step>', () => {
  it('is a real ordered list, so screen readers announce the count and position', () => {
    render(stepsExamples['three steps']);
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  });

  it('shows each step title as a heading, in order', () => {
    render(stepsExamples['three steps']);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Check in', 'Change into a gown', 'Lie on the table']);
  });

  it('can carry an accessible name', () => {
    render(stepsExamples['labelled list']);
    expect(screen.getByRole('list', { name: 'Steps of a barium swallow' })).toBeInTheDocument();
  });
});
