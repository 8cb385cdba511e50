import { render, screen, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { adviceFor } from '@/lib/clinic/advice';
import { encodeFragment, encodeFragmentV1 } from '@/lib/clinic/fragment';
import { HOSTILE_TEXT } from '@/tests/fixtures/hostile-strings';
import { en } from '@/lib/clinic/strings';
import { AppointmentInstructions, INCOMPLETE_NOTICE, UNREADABLE_NOTICE, type AppointmentPage } from './AppointmentInstructions';

const ORIGIN = 'https://fluoroscopy-guide.example.org';
const swallowAdvice = adviceFor({ applies: ['barium-mouth'] }, [{ label: 'How long it takes', text: '15 to 30 minutes' }]);
const general = adviceFor();
const pages: AppointmentPage[] = [
  { slug: 'barium-swallow', title: 'Barium swallow', kind: 'procedure', advice: swallowAdvice, lastReviewed: '2026-11-26' },
  { slug: 'coronary-angiography', title: 'Coronary angiography', kind: 'procedure', advice: adviceFor({ applies: ['artery-catheter', 'heart', 'stent'] }) },
  { slug: 'preparing', title: 'Preparing for your test', kind: 'guide', summary: 'How to get ready.', lastReviewed: '2026-10-01' },
];

function open(fragment: string) {
  window.history.replaceState(null, '', `/appointment/${fragment}`);
  return render(<AppointmentInstructions pages={pages} general={general} origin={ORIGIN} siteName="Fluoroscopy Guide" />);
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('<AppointmentInstructions>', () => {
  it('renders an empty status region and the general advice in the static HTML, and nothing personal', () => {
    const html = renderToString(<AppointmentInstructions pages={pages} general={general} origin={ORIGIN} siteName="Fluoroscopy Guide" />);
    expect(html).toMatch(/^<div data-island="appointment" class="appointment-island"><div role="status"><\/div>/);
    expect(html).toContain('This page has general advice');
    expect(html).toContain('When to get help');
  });

  it("shows the linked test's own cards and checklist, and no other test's", async () => {
    open(`#${encodeFragment({ page: 'barium-swallow', clinic: 'Riverside' })}`);
    await screen.findByRole('region', { name: 'Instructions from Riverside' });
    const help = screen.getByRole('region', { name: 'When to get help' });
    expect(help).toHaveTextContent('still constipated');
    expect(help).not.toHaveTextContent(/where the tube went in|arm or leg/);
    expect(screen.getByRole('region', { name: 'Barium swallow: on the day' })).toHaveTextContent('15 to 30 minutes');
    expect(screen.queryByText(/general advice for any fluoroscopy/)).toBeNull();
  });

  it('shows heart signs and the stent rule for a heart catheter link', async () => {
    open(`#${encodeFragment({ page: 'coronary-angiography', clinic: 'Riverside' })}`);
    await screen.findByRole('region', { name: 'Instructions from Riverside' });
    const help = screen.getByRole('region', { name: 'When to get help' });
    expect(help).toHaveTextContent('chest pain');
    expect(help).toHaveTextContent('(a stroke)');
    expect(help).toHaveTextContent(/Never stop taking them unless your heart team tells you to/);
  });

  it('shows the general cards for a link that names a guide', async () => {
    open(`#${encodeFragment({ page: 'preparing', clinic: 'Riverside' })}`);
    await screen.findByRole('region', { name: 'Instructions from Riverside' });
    expect(screen.getByRole('region', { name: 'When to get help' })).toHaveTextContent('arm or leg that was used');
  });

  it("shows the clinic's instructions first, under plain labels", async () => {
    open(
      `#${encodeFragment({
        page: 'barium-swallow',
        clinic: 'Riverside Hospital',
        phone: '+44 (0)20 7946-0000',
        arrive: 'Arrive 30 minutes early.',
        fasting: 'Nothing to eat after 7 am.',
      })}`,
    );
    const box = await screen.findByRole('region', { name: 'Instructions from Riverside Hospital' });
    expect(within(box).getByText('When to arrive').nextSibling).toHaveTextContent('Arrive 30 minutes early.');
    expect(within(box).getByText('Eating and drinking').nextSibling).toHaveTextContent('Nothing to eat after 7 am.');
    expect(within(box).getByRole('link', { name: '+44 (0)20 7946-0000' })).toHaveAttribute('href', 'tel:+4402079460000');
    expect(within(box).getByRole('link', { name: 'Barium swallow' })).toHaveAttribute('href', '/procedures/barium-swallow/');
    expect(screen.getByRole('heading', { level: 2, name: 'Your test: Barium swallow' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Barium swallow: on the day' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print this page' })).toBeInTheDocument();
  });

  it('says "your clinic" when the clinic gave no name, and links a general guide', async () => {
    open('#v=1&p=preparing&n=Bring+your+letter');
    const box = await screen.findByRole('region', { name: 'Instructions from your clinic' });
    expect(within(box).getByRole('link', { name: 'Preparing for your test' })).toHaveAttribute('href', '/preparing/');
    expect(screen.getByText('How to get ready.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /on the day/ })).toBeNull();
  });

  it('prints a QR code of the same link and the address of the test page', async () => {
    const fragment = `#${encodeFragment({ page: 'barium-swallow', clinic: 'Riverside' })}`;
    const { container } = open(fragment);
    await waitFor(() => expect(container.querySelector('[data-qr-value]')).toHaveAttribute('data-qr-value', `${ORIGIN}/appointment/${fragment}`));
    expect(screen.getByText('fluoroscopy-guide.example.org/procedures/barium-swallow/')).toBeInTheDocument();
  });

  it.each(HOSTILE_TEXT.filter((text) => !text.includes('\u202E')))('shows %j as literal text and adds no element', async (text) => {
    const { container } = open(`#${encodeFragment({ page: 'barium-swallow', clinic: text, note: text })}`);
    const box = await screen.findByRole('region', { name: `Instructions from ${text}` });
    expect(within(box).getByText('Also').nextSibling).toHaveTextContent(text, { normalizeWhitespace: false });
    await screen.findByRole('img', { name: /QR code/ });
    for (const image of container.querySelectorAll('img')) expect(image.getAttribute('src')).toMatch(/^data:image\/svg\+xml;/);
    expect(container.querySelectorAll('img')).toHaveLength(1);
    expect(container.querySelector('script, svg, iframe, [onerror], [onload], [onmouseover]')).toBeNull();
  });

  it('never makes the phone number anything but a tel: link of digits', async () => {
    open('#v=1&p=barium-swallow&t=(0)+123-456');
    expect(await screen.findByRole('link', { name: '(0) 123-456' })).toHaveAttribute('href', 'tel:0123456');
  });

  it.each([
    ['malformed', '#v=1&p=barium-swallow&c=%E0%A4'],
    ['unknown-version', '#v=9&p=barium-swallow'],
    ['unknown-page', '#v=1&p=knee-replacement&c=Riverside'],
    ['too-long', `#v=1&p=barium-swallow&c=${'a'.repeat(61)}`],
    ['invalid-field', '#v=1&p=barium-swallow&t=javascript:alert(1)'],
  ])('shows a kind notice and nothing from the link when it is %s', async (reason, fragment) => {
    const { container } = open(fragment);
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent(UNREADABLE_NOTICE));
    expect(container.querySelector('[data-reason]')).toHaveAttribute('data-reason', reason);
    expect(screen.queryByRole('region', { name: /Instructions from/ })).toBeNull();
    expect(container).not.toHaveTextContent('Riverside');
  });

  it('shows nothing extra when there is no fragment', async () => {
    open('');
    await screen.findByRole('button', { name: 'Print this page' });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('region', { name: /Instructions from/ })).toBeNull();
  });

  it('follows a new fragment, and keeps the instructions when the skip link jumps to #main', async () => {
    render(
      <>
        <main id="main" />
        <AppointmentInstructions pages={pages} general={general} origin={ORIGIN} siteName="Fluoroscopy Guide" />
      </>,
    );
    window.location.hash = '#v=1&p=barium-swallow&c=Riverside';
    await screen.findByRole('region', { name: 'Instructions from Riverside' });
    window.location.hash = '#main';
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole('region', { name: 'Instructions from Riverside' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    window.location.hash = '#v=1&p=nope';
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(UNREADABLE_NOTICE));
    expect(screen.queryByRole('region', { name: /Instructions from/ })).toBeNull();
  });

  it('opens a version 1 link from a letter exactly as before', async () => {
    open(`#${encodeFragmentV1({ page: 'barium-swallow', clinic: 'Riverside', arrive: 'Arrive early.' })}`);
    const box = await screen.findByRole('region', { name: 'Instructions from Riverside' });
    expect(within(box).getByText('When to arrive').nextSibling).toHaveTextContent('Arrive early.');
    expect(screen.getByRole('list', { name: 'About this handout' })).toHaveTextContent('Ref: barium-swallow · link v1');
  });

  it('shows that a version 2 link is incomplete, and nothing from it, wherever it was cut', async () => {
    const fragment = encodeFragment({ page: 'barium-swallow', clinic: 'Riverside', arrive: 'Arrive 30 minutes early.' });
    for (const at of [20, 30, fragment.length - 7, fragment.length - 1]) {
      const { container, unmount } = open(`#${fragment.slice(0, at)}`);
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(INCOMPLETE_NOTICE));
      expect(screen.getByRole('status')).toHaveTextContent('The general advice on this page still applies.');
      expect(container.querySelector('[data-reason]')).toHaveAttribute('data-reason', 'incomplete');
      expect(screen.queryByRole('region', { name: /Instructions from/ })).toBeNull();
      expect(container).not.toHaveTextContent('Riverside');
      expect(container).not.toHaveTextContent('Arrive');
      unmount();
    }
    expect(INCOMPLETE_NOTICE).toBe('This link is incomplete. Ask your clinic for your instructions, or check the letter.');
  });

  it('adds the lines a clinic files the handout by: site, address, print date, review date and reference', async () => {
    vi.useFakeTimers({ now: new Date(2026, 11, 1, 10, 0), toFake: ['Date'] });
    try {
      open(`#${encodeFragment({ page: 'barium-swallow', clinic: 'Riverside' })}`);
      const filing = await screen.findByRole('list', { name: 'About this handout' });
      expect(filing).toHaveTextContent(`Made with Fluoroscopy Guide, ${ORIGIN}`);
      expect(filing).toHaveTextContent('Printed 1 December 2026 · Test page last reviewed 26 November 2026 · Ref: barium-swallow · link v2');
    } finally {
      vi.useRealTimers();
    }
  });

  it('says "guide" in the review line of a general guide', async () => {
    open(`#${encodeFragment({ page: 'preparing' })}`);
    expect(await screen.findByRole('list', { name: 'About this handout' })).toHaveTextContent('Guide last reviewed 1 October 2026');
  });

  it('takes every fixed string from the strings module', async () => {
    open(`#${encodeFragment({ page: 'barium-swallow', phone: '0123', note: 'x' })}`);
    const box = await screen.findByRole('region', { name: en.instructionsFrom(en.yourClinic) });
    expect(box).toHaveTextContent(en.fromYourClinic);
    expect(within(box).getByText(en.fieldLabels.phone)).toBeInTheDocument();
    expect(within(box).getByText(en.qrCaption)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.print })).toBeInTheDocument();
  });
});
