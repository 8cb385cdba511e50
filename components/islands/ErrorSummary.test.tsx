import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorSummary } from './ErrorSummary';

const errors = [{ id: 'clinic-phone', message: 'Phone number must contain a number' }];

describe('<ErrorSummary>', () => {
  it('shows nothing when there is no error', () => {
    const { container } = render(<ErrorSummary errors={[]} attempt={1} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('takes focus and is announced as an alert with a heading', () => {
    render(<ErrorSummary errors={errors} attempt={1} />);
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
  });

  it('links each error to its field and moves focus there without changing the address', async () => {
    render(
      <>
        <ErrorSummary errors={errors} attempt={1} />
        <input id="clinic-phone" aria-label="Phone" />
      </>,
    );
    const before = window.location.href;
    await userEvent.click(screen.getByRole('link', { name: 'Phone number must contain a number' }));
    expect(screen.getByLabelText('Phone')).toHaveFocus();
    expect(window.location.href).toBe(before);
  });
});
