import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { encodeFragment } from '@/lib/clinic/fragment';
import { ClinicLinkBuilder } from './ClinicLinkBuilder';

const ORIGIN = 'https://fluoroscopy-guide.example.org';
const props = {
  procedures: [
    { slug: 'barium-swallow', title: 'Barium swallow' },
    { slug: 'upper-gi-series', title: 'Upper GI series' },
  ],
  guides: [{ slug: 'preparing', title: 'Preparing for your test' }],
  origin: ORIGIN,
};

/** The link the builder should show: always version 2. */
const linkOf = (data: Parameters<typeof encodeFragment>[0]) => `${ORIGIN}/appointment/#${encodeFragment(data)}`;

function setup(origin = ORIGIN) {
  const user = userEvent.setup();
  const view = render(<ClinicLinkBuilder {...props} origin={origin} />);
  const link = () => screen.queryByRole<HTMLTextAreaElement>('textbox', { name: /^Link for/ })?.value;
  return { user, link, ...view };
}

describe("<ClinicLinkBuilder>: the patient's language", () => {
  it("offers English and Spanish as one radio group, the builder's own language chosen first", () => {
    setup();
    const group = screen.getByRole('group', { name: "The patient's language" });
    expect(within(group).getByRole('radio', { name: 'English' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Spanish (español)' })).not.toBeChecked();
  });

  it('makes a link to the Spanish appointment page when Spanish is chosen, with the same instructions after "#"', async () => {
    const { user, link } = setup();
    await user.selectOptions(screen.getByRole('combobox'), 'barium-swallow');
    await user.click(screen.getByRole('textbox', { name: 'Clinic name (optional)' }));
    await user.paste('Clínica Riverside');
    await user.click(screen.getByRole('radio', { name: 'Spanish (español)' }));
    const fragment = encodeFragment({ page: 'barium-swallow', clinic: 'Clínica Riverside' });
    expect(link()).toBe(`${ORIGIN}/es/cita/#${fragment}`);
    expect(screen.getByRole('link', { name: /Open the patient's page/ })).toHaveAttribute('href', `/es/cita/#${fragment}`);
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(link()).toBe(`${ORIGIN}/appointment/#${fragment}`);
  });

  it('speaks Spanish on the Spanish page, and makes Spanish links unless the clinic picks English', async () => {
    const user = userEvent.setup();
    render(<ClinicLinkBuilder {...props} origin={ORIGIN} locale="es" />);
    const link = () => screen.queryByRole<HTMLTextAreaElement>('textbox', { name: /^Enlace para/ })?.value;
    expect(screen.getByRole('radio', { name: 'Español' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Hacer el enlace' }));
    expect(screen.getByRole('alert', { name: 'Hay un problema' })).toHaveTextContent('Elija la prueba o la guía del enlace');
    await user.selectOptions(screen.getByRole('combobox', { name: '¿Para qué prueba o guía es el enlace?' }), 'barium-swallow');
    const name = screen.getByRole('textbox', { name: 'Nombre de la clínica (opcional)' });
    await user.click(name);
    await user.paste('a'.repeat(61));
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Error: El nombre de la clínica debe tener 60 caracteres o menos'));
    expect(screen.getByText('Tiene 1 carácter de más')).toBeInTheDocument();
    await user.type(name, '{Backspace}');
    expect(link()).toBe(`${ORIGIN}/es/cita/#${encodeFragment({ page: 'barium-swallow', clinic: 'a'.repeat(60) })}`);
    await user.click(screen.getByRole('radio', { name: 'Inglés (English)' }));
    expect(link()).toMatch(new RegExp(`^${ORIGIN}/appointment/#2\\.barium-swallow&`));
    expect(screen.getByRole('button', { name: 'Copiar el enlace' })).toBeInTheDocument();
  });
});

describe('<ClinicLinkBuilder>', () => {
  it('lists tests and general guides in a native select', () => {
    setup();
    const select = screen.getByRole('combobox', { name: 'Which test or guide is the link for?' });
    expect(within(select).getByRole('group', { name: 'Tests' })).toHaveTextContent('Barium swallowUpper GI series');
    expect(within(select).getByRole('group', { name: 'General guides' })).toHaveTextContent('Preparing for your test');
  });

  it('shows an error summary that takes focus when nothing is chosen', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: 'Choose the test or guide the link is for' }));
    const select = screen.getByRole('combobox');
    expect(select).toHaveFocus();
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription(expect.stringContaining('Error: Choose the test or guide the link is for'));
  });

  it('makes the link as soon as a page is chosen and updates it as fields change', async () => {
    const { user, link } = setup();
    expect(link()).toBeUndefined();
    await user.selectOptions(screen.getByRole('combobox'), 'barium-swallow');
    expect(link()).toBe(linkOf({ page: 'barium-swallow' }));
    expect(link()).toMatch(/#2\.barium-swallow&[A-Za-z0-9_-]{6}$/);
    await user.click(screen.getByRole('textbox', { name: 'Clinic name (optional)' }));
    await user.paste('Riverside');
    expect(link()).toBe(linkOf({ page: 'barium-swallow', clinic: 'Riverside' }));
    await user.click(screen.getByRole('textbox', { name: 'Phone number for questions (optional)' }));
    await user.paste('020 7946');
    expect(link()).toBe(linkOf({ page: 'barium-swallow', clinic: 'Riverside', phone: '020 7946' }));
    await user.selectOptions(screen.getByRole('combobox'), 'preparing');
    expect(link()).toBe(linkOf({ page: 'preparing', clinic: 'Riverside', phone: '020 7946' }));
    expect(screen.getByRole('link', { name: /Open the patient's page/ })).toHaveAttribute(
      'href',
      `/appointment/#${encodeFragment({ page: 'preparing', clinic: 'Riverside', phone: '020 7946' })}`,
    );
  });

  it('shows a too-long answer as an error at once, and makes no link until it is fixed', async () => {
    const { user, link } = setup();
    await user.selectOptions(screen.getByRole('combobox'), 'barium-swallow');
    const name = screen.getByRole('textbox', { name: 'Clinic name (optional)' });
    await user.click(name);
    await user.paste('a'.repeat(61));
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Error: Clinic name must be 60 characters or fewer'));
    expect(screen.getByText('You have 1 character too many')).toBeInTheDocument();
    expect(link()).toBeUndefined();
    expect(screen.getByText('Fix the problems in the form to see your link.')).toBeInTheDocument();
    await user.type(name, '{Backspace}');
    expect(name).not.toHaveAttribute('aria-invalid');
    expect(link()).toBe(linkOf({ page: 'barium-swallow', clinic: 'a'.repeat(60) }));
  });

  it('shows any other problem once you leave the field', async () => {
    const { user, link } = setup();
    await user.selectOptions(screen.getByRole('combobox'), 'barium-swallow');
    const phone = screen.getByRole('textbox', { name: 'Phone number for questions (optional)' });
    await user.type(phone, 'ring us');
    expect(phone).not.toHaveAttribute('aria-invalid');
    expect(link()).toBeUndefined();
    await user.tab();
    expect(phone).toHaveAccessibleDescription(
      expect.stringContaining('Error: Phone number can only contain digits, spaces, brackets, + and -'),
    );
  });

  it('lists every problem in the summary on submit', async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByRole('combobox'), 'barium-swallow');
    await user.type(screen.getByRole('textbox', { name: 'Phone number for questions (optional)' }), 'ring us');
    await user.click(screen.getByRole('textbox', { name: 'A short note (optional)' }));
    await user.paste('n'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    const items = within(screen.getByRole('alert')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Phone number can only contain digits, spaces, brackets, + and -',
      'Note must be 200 characters or fewer',
    ]);
  });

  it('moves focus to the link when the answers are good', async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByRole('combobox'), 'barium-swallow');
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    expect(screen.getByRole('heading', { name: 'Your link' })).toHaveFocus();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps hostile text as text: it is encoded in the link and never becomes an element', async () => {
    const { user, link, container } = setup();
    await user.selectOptions(screen.getByRole('combobox'), 'barium-swallow');
    await user.click(screen.getByRole('textbox', { name: 'A short note (optional)' }));
    await user.paste('<img src=x onerror=alert(1)>');
    expect(link()).toMatch(/^https:\/\/[^#]+#2\.barium-swallow&n%3Cimg\+src%3Dx\+onerror%3Dalert\(1\)%3E&/);
    await screen.findByRole('img', { name: /QR code/ });
    expect(container.querySelectorAll('img')).toHaveLength(1);
    expect(container.querySelector('[onerror]')).toBeNull();
  });

  it('shows a QR code of the very same link', async () => {
    const { user, link, container } = setup();
    await user.selectOptions(screen.getByRole('combobox'), 'upper-gi-series');
    await waitFor(() => expect(container.querySelector('[data-qr-value]')).toHaveAttribute('data-qr-value', link()));
    expect(screen.getByRole('link', { name: /as PNG/ })).toHaveAttribute('download', 'fluoroscopy-guide-upper-gi-series-qr.png');
  });

  it('says where its links point, and warns when that is a placeholder domain', async () => {
    const { user, unmount } = setup();
    await user.selectOptions(screen.getByRole('combobox'), 'barium-swallow');
    expect(screen.getByText(/^Links made here point to/).closest('p')).toHaveTextContent(
      `Links made here point to ${ORIGIN}, a placeholder. Set SITE_URL when you build the site.`,
    );
    unmount();
    setup('https://guide.riverside-hospital.nhs.uk');
    expect(screen.getByText(/^Links made here point to/)).toHaveTextContent(
      'Links made here point to https://guide.riverside-hospital.nhs.uk.',
    );
    expect(screen.queryByText(/a placeholder/)).toBeNull();
  });

  it('warns, and still makes the link, when the QR code would be too dense', async () => {
    const { user, link, container } = setup();
    await user.selectOptions(screen.getByRole('combobox'), 'barium-swallow');
    await waitFor(() => expect(container.querySelector('[data-qr-value]')).toHaveAttribute('data-qr-value', link()));
    expect(screen.queryByText(/this QR code is dense/)).toBeNull();
    for (const name of ['Where to go', 'When to arrive', 'Eating and drinking', 'A short note']) {
      await user.click(screen.getByRole('textbox', { name: `${name} (optional)` }));
      await user.paste('Please come to the main desk on the ground floor and bring your letter with you. '.repeat(2).slice(0, 110).trim());
    }
    await waitFor(() => expect(screen.getByText(/this QR code is dense/)).toBeInTheDocument());
    expect(screen.getByText(/this QR code is dense/).closest('p')).toHaveTextContent(/version (1[6-9]|2[0-9])/);
    expect(link()).toMatch(/^https:/);
  });
});
