import { render, screen } from '@testing-library/react';
import { doseIds, doses } from '@/content/data/doses';
import { formatBackground, formatDose } from '@/lib/dose';
import { DoseText } from './DoseText';

afterEach(() => vi.restoreAllMocks());

describe('<DoseText>', () => {
  it.each(doseIds)('writes the dose for "%s" from the data file, in mSv and as background time', (id) => {
    const { container } = render(<DoseText id={id} />);
    expect(container).toHaveTextContent(
      `about ${formatDose(doses[id])}, which is about the same as ${formatBackground(doses[id])} of natural background radiation`,
    );
  });

  it('shows the numbers a reader would expect for a real entry', () => {
    render(<DoseText id="small-bowel-follow-through" />);
    expect(screen.getByText(/about 3 to 5 mSv, which is about the same as 12 to 20 months/)).toBeInTheDocument();
  });

  it('refuses an id with no dose, naming the data file, so the build fails', () => {
    // React logs the thrown error; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<DoseText id="not-a-test" />)).toThrow(/"not-a-test".*content\/data\/doses\.ts/);
  });
});
