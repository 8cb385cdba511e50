import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { PrintButton } from './PrintButton';

describe('<PrintButton>', () => {
  it('opens the print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<PrintButton />);
    await userEvent.click(screen.getByRole('button', { name: 'Print this page' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it('is left out of the static HTML, where it could do nothing', () => {
    expect(renderToString(<PrintButton />)).toBe('');
  });
});
