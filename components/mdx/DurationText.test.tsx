import { render, screen } from '@testing-library/react';
import { durationIds, durations } from '@/content/data/durations';
import { formatDuration } from '@/lib/dose';
import { DurationText } from './DurationText';

afterEach(() => vi.restoreAllMocks());

describe('<DurationText>', () => {
  it.each(durationIds)('writes how long "%s" takes from the data file', (id) => {
    const { container } = render(<DurationText id={id} />);
    expect(container).toHaveTextContent(formatDuration(durations[id]));
  });

  it('shows the range a reader would expect for a real entry', () => {
    render(<DurationText id="small-bowel-follow-through" />);
    expect(screen.getByText('1 to 3 hours')).toBeInTheDocument();
  });

  it('refuses an id with no duration, naming the data file, so the build fails', () => {
    // React logs the thrown error; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<DurationText id="not-a-test" />)).toThrow(/"not-a-test".*content\/data\/durations\.ts/);
  });
});
