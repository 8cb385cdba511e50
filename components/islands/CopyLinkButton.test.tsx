import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CopyLinkButton } from './CopyLinkButton';

const link = 'https://fluoroscopy-guide.example.org/appointment/#v=1&p=barium-swallow';

function setup() {
  const user = userEvent.setup();
  render(
    <>
      <textarea id="the-link" readOnly value={link} aria-label="Link" />
      <CopyLinkButton link={link} fieldId="the-link" />
    </>,
  );
  return user;
}

describe('<CopyLinkButton>', () => {
  it('copies the link and says so in a status message', async () => {
    const user = setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(link);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied.');
  });

  it('selects the link for copying by hand when the browser refuses', async () => {
    const user = setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('Not allowed'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = screen.getByLabelText<HTMLTextAreaElement>('Link');
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, link.length]);
    expect(screen.getByRole('status')).toHaveTextContent('Press Ctrl and C');
  });
});
