import { render, screen, within } from '@testing-library/react';
import { comparisonOrder, doses } from '@/content/data/doses';
import { formatBackground, formatDose } from '@/lib/dose';
import { DoseComparison } from './DoseComparison';

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
});
