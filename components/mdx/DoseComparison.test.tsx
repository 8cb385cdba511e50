import { render, screen, within } from '@testing-library/react';
import { comparisonOrder, doses } from '@/content/data/doses';
import { formatBackground, formatDose } from '@/lib/dose';
import { BACKGROUND_MSV_PER_YEAR } from '@/content/data/doses';
import { DoseComparison, keepUnits } from './DoseComparison';

describe('<DoseComparison>', () => {
  it('shows every compared dose in a real table, with numbers from the data file', () => {
    render(<DoseComparison />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(comparisonOrder.length);
    comparisonOrder.forEach((id, i) => {
      const entry = doses[id];
      expect(rows[i]).toHaveTextContent(entry.label);
      expect(rows[i]).toHaveTextContent(formatDose(entry));
      expect(rows[i]).toHaveTextContent(formatBackground(entry));
    });
  });

  it('draws the chart from the same numbers as the table', () => {
    const { container } = render(<DoseComparison />);
    const chartRows = container.querySelectorAll('.dose-chart [data-dose-id]');
    const tableRows = container.querySelectorAll('tbody [data-dose-id]');
    expect([...chartRows].map((r) => r.getAttribute('data-dose-id'))).toEqual(
      [...tableRows].map((r) => r.getAttribute('data-dose-id')),
    );
    chartRows.forEach((row) => {
      const entry = doses[row.getAttribute('data-dose-id') as keyof typeof doses];
      expect(row).toHaveTextContent(formatDose(entry));
    });
  });

  it('names its sources with links', () => {
    render(<DoseComparison />);
    const links = screen.getAllByRole('link');
    const urls = links.map((l) => l.getAttribute('href'));
    for (const id of comparisonOrder) for (const s of doses[id].sources) expect(urls).toContain(s.url);
  });

  it('hides the drawing from screen readers, since the table says the same', () => {
    const { container } = render(<DoseComparison />);
    expect(container.querySelector('.dose-chart')).toHaveAttribute('aria-hidden', 'true');
  });

  it('keeps each number on the same line as its unit', () => {
    expect(keepUnits('1.2 mSv')).toBe('1.2\u00a0mSv');
    expect(keepUnits('3 to 6 mSv')).toBe('3 to 6\u00a0mSv');
    expect(keepUnits('12 to 20 months')).toBe('12 to 20\u00a0months');
    expect(keepUnits('1 year')).toBe('1\u00a0year');
    const { container } = render(<DoseComparison />);
    for (const cell of container.querySelectorAll('tbody td')) expect(cell.textContent).not.toMatch(/\d (mSv|days?|months?|years?)\b/);
  });

  it('draws one solid, labelled line for a year of background radiation across every bar', () => {
    const { container } = render(<DoseComparison />);
    const bars = container.querySelectorAll('.dose-bar');
    const lines = container.querySelectorAll('.dose-bar .dose-year-line');
    expect(lines).toHaveLength(bars.length);
    const at = new Set([...lines].map((l) => l.getAttribute('x1')));
    expect(at.size).toBe(1);
    for (const line of lines) expect(line).not.toHaveAttribute('stroke-dasharray');
    expect(container.querySelector('.dose-year-label line')!.getAttribute('x1')).toBe([...at][0]);
    expect(container.querySelector('.dose-year-label text')).toHaveTextContent('1 year of background');
    expect(container.querySelector('.dose-chart')!.textContent).toContain(`The dark line marks ${BACKGROUND_MSV_PER_YEAR}\u00a0mSv`);
  });
});
