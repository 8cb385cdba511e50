import { render, screen, within } from '@testing-library/react';
import { mainPointsExamples } from './MainPoints.examples';
import { MainPoints } from './MainPoints';

describe('<MainPoints>', () => {
  it('is a region headed "The main points" holding the list it is given', () => {
    render(
      <MainPoints>
        <ul>
          <li>First point.</li>
          <li>Second point.</li>
        </ul>
      </MainPoints>,
    );
    const region = screen.getByRole('region', { name: 'The main points' });
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent('The main points');
    expect(within(region).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['First point.', 'Second point.']);
  });

  it.each(Object.entries(mainPointsExamples))('renders the "%s" example', (_, example) => {
    render(example);
    expect(screen.getByRole('region', { name: 'The main points' })).toBeInTheDocument();
  });
});
