import { render, screen, within } from '@testing-library/react';
import { Table } from './Table';

function threeColumns() {
  return (
    <Table>
      <thead>
        <tr>
          <th>Test</th>
          <th>Typical time</th>
          <th>Good to know</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>Barium swallow</td>
          <td>15 to 30 minutes</td>
          <td>Many take about 15 minutes</td>
        </tr>
      </tbody>
    </Table>
  );
}

describe('<Table>', () => {
  it('labels every body cell with its column heading when a table has three or more columns, for the phone layout', () => {
    render(threeColumns());
    const table = screen.getByRole('table');
    expect(table).toHaveClass('stack-table');
    const cells = within(table).getAllByRole('cell');
    expect(cells.map((c) => c.getAttribute('data-label'))).toEqual(['Test', 'Typical time', 'Good to know']);
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Test', 'Typical time', 'Good to know']);
  });

  it('leaves a two-column table as it is', () => {
    render(
      <Table>
        <thead>
          <tr>
            <th>Test</th>
            <th>Risk</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>Barium swallow</td>
            <td>About 1 in 13,000</td>
          </tr>
        </tbody>
      </Table>,
    );
    const table = screen.getByRole('table');
    expect(table).not.toHaveClass('stack-table');
    for (const cell of within(table).getAllByRole('cell')) expect(cell).not.toHaveAttribute('data-label');
  });
});
