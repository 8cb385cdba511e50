import { render, screen } from '@testing-library/react';
import { ReviewDates } from './ReviewDates';

describe('<ReviewDates>', () => {
  it('says when the page was last reviewed and when the next review is due, as dates people read', () => {
    render(<ReviewDates lastReviewed="2026-11-26" nextReview="2027-11-26" />);
    const terms = screen.getAllByRole('term').map((t) => t.textContent);
    const details = screen.getAllByRole('definition').map((d) => d.textContent);
    expect(terms).toEqual(['Page last reviewed:', 'Next review due:']);
    expect(details).toEqual(['26 November 2026', '26 November 2027']);
  });

  it('gives each date in machine-readable form too', () => {
    render(<ReviewDates lastReviewed="2026-11-26" nextReview="2027-05-01" />);
    const last = screen.getByText('26 November 2026');
    const next = screen.getByText('1 May 2027');
    expect(last.tagName).toBe('TIME');
    expect(last).toHaveAttribute('datetime', '2026-11-26');
    expect(next.tagName).toBe('TIME');
    expect(next).toHaveAttribute('datetime', '2027-05-01');
  });

  it('shows the day written in the front matter, not the day before, in a time zone behind UTC', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      render(<ReviewDates lastReviewed="2026-01-01" nextReview="2026-12-31" />);
      expect(screen.getByText('1 January 2026')).toBeInTheDocument();
      expect(screen.getByText('31 December 2026')).toBeInTheDocument();
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
