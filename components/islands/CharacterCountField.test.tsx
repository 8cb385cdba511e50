import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { ANNOUNCE_DELAY_MS, CharacterCountField, countMessage } from './CharacterCountField';

function Field({ error, multiline = false }: { error?: string; multiline?: boolean }) {
  const [value, setValue] = useState('');
  return (
    <CharacterCountField
      id="clinic-name"
      label="Clinic name"
      hint="For example, Riverside."
      max={10}
      value={value}
      error={error}
      multiline={multiline}
      onChange={setValue}
    />
  );
}

describe('countMessage', () => {
  it('counts down, then says how many are too many', () => {
    expect(countMessage(10, 0)).toBe('You have 10 characters remaining');
    expect(countMessage(10, 9)).toBe('You have 1 character remaining');
    expect(countMessage(10, 11)).toBe('You have 1 character too many');
    expect(countMessage(10, 15)).toBe('You have 5 characters too many');
  });
});

describe('<CharacterCountField>', () => {
  it('labels the box and links the hint, which states the limit', () => {
    render(<Field />);
    const box = screen.getByRole('textbox', { name: 'Clinic name (optional)' });
    expect(box).toHaveAccessibleDescription('For example, Riverside. You can enter up to 10 characters.');
  });

  it('links the error message to the box and marks it invalid', () => {
    render(<Field error="Clinic name must be 10 characters or fewer" />);
    const box = screen.getByRole('textbox');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(expect.stringContaining('Error: Clinic name must be 10 characters or fewer'));
  });

  it('updates the count on screen as you type and announces it politely once typing pauses', () => {
    // fireEvent, not user-event: Testing Library's async helpers wait on a real timer that fake timers would stop.
    // An input event, as a browser sends on every key (the change event comes only when the box loses focus).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    render(<Field multiline />);
    const live = document.querySelector('[aria-live="polite"]')!;
    for (const text of ['R', 'River', 'Riverside X-ray']) {
      fireEvent.input(screen.getByRole('textbox'), { target: { value: text } });
      act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS / 2));
    }
    expect(screen.getByText('You have 5 characters too many')).toHaveAttribute('aria-hidden', 'true');
    expect(live).toHaveTextContent('');
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(live).toHaveTextContent('You have 5 characters too many');
    vi.useRealTimers();
  });

  it('does not announce anything before you type', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    render(<Field />);
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS * 2));
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent('');
    vi.useRealTimers();
  });
});
