import { screen, waitFor, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { AppointmentView } from '@/components/clinic/AppointmentView';
import { adviceFor } from '@/lib/clinic/advice';
import { appointmentDayOf, appointmentSourcesOf } from '@/lib/clinic/appointment-content';
import { choiceOf, unionAdvice, type AppointmentData } from '@/lib/clinic/appointment-data';
import { encodeFragment, encodeFragmentV1 } from '@/lib/clinic/fragment';
import { HOSTILE_TEXT } from '@/tests/fixtures/hostile-strings';
import { patientStrings } from '@/lib/i18n/clinic';
import { patientScriptStrings } from '@/lib/i18n/patient-script';
import { cardsFor } from '@/lib/safety/compose';
import { enhanceAppointment } from './enhance';

/*
 * The appointment page as a patient's browser runs it: the server's HTML
 * (rendered by React, as `next build` does), then the framework-free script.
 */

const en = patientStrings.en;
const ORIGIN = 'https://fluoroscopy-guide.example.org';
const general = adviceFor();
const swallow = adviceFor({ applies: ['barium-mouth'] }, [{ label: 'How long it takes', text: '15 to 30 minutes' }]);
const heart = adviceFor({ applies: ['artery-catheter', 'heart', 'stent'] });
// As the page renders it: every test's items, and the general advice's sources only.
const union = { ...unionAdvice([general, swallow, heart]), sources: general.sources };
const HEART_SOURCES = '/appointment/sources/coronary-angiography.json';
const SWALLOW_DAY = '/appointment/day/barium-swallow.json';

/** The files the page fetches, as the build writes them; anything else is not found. */
function serve(files: Record<string, unknown>) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) =>
    Object.hasOwn(files, String(url)) ? new Response(JSON.stringify(files[String(url)])) : new Response('', { status: 404 }),
  );
}
const data: AppointmentData = {
  pages: [
    {
      slug: 'barium-swallow',
      title: 'Barium swallow',
      kind: 'procedure',
      href: '/procedures/barium-swallow/',
      advice: choiceOf(swallow, union),
      day: SWALLOW_DAY,
      lastReviewed: '2026-11-26',
    },
    {
      slug: 'coronary-angiography',
      title: 'Coronary angiography',
      kind: 'procedure',
      href: '/procedures/coronary-angiography/',
      advice: choiceOf(heart, union),
      sources: { href: HEART_SOURCES, summary: `We checked the facts on this page against ${heart.sources.length} sources` },
    },
    { slug: 'preparing', title: 'Preparing for your test', kind: 'guide', href: '/preparing/', summary: 'How to get ready.', lastReviewed: '2026-10-01' },
  ],
  general: choiceOf(general, union),
  origin: ORIGIN,
  path: '/appointment/',
  siteName: 'Fluoroscopy Guide',
  strings: patientScriptStrings.en,
};
const SERVER_HTML = `<main id="main"><div data-island-root="appointment">${renderToStaticMarkup(<AppointmentView union={union} general={general} />)}</div></main>`;

const root = () => document.querySelector<HTMLElement>('[data-island-root="appointment"]')!;
const help = () => screen.getByRole('region', { name: 'When to get help' });

function open(fragment: string) {
  window.history.replaceState(null, '', `/appointment/${fragment}`);
  document.body.innerHTML = SERVER_HTML;
  enhanceAppointment(root(), JSON.parse(JSON.stringify(data)));
  return root();
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
  document.body.innerHTML = '';
});

describe('the appointment page in the browser', () => {
  it('shows the general advice and an empty status region in the static HTML, and nothing personal', () => {
    document.body.innerHTML = SERVER_HTML;
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.getByText(/general advice for any fluoroscopy/)).toBeVisible();
    expect(help()).toHaveTextContent('arm or leg that was used');
    // The heart test's signs are in the page, hidden until a link names it.
    expect(screen.getByText(/chest pain/, { selector: 'li' })).not.toBeVisible();
    expect(screen.queryByRole('region', { name: /Instructions from/ })).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it("shows the linked test's own cards and checklist, and no other test's", async () => {
    serve({ [SWALLOW_DAY]: appointmentDayOf(swallow, union) });
    open(`#${encodeFragment({ page: 'barium-swallow', clinic: 'Riverside' })}`);
    expect(screen.getByRole('region', { name: 'Instructions from Riverside' })).toBeVisible();
    expect(help()).toHaveTextContent('still constipated');
    for (const other of screen.queryAllByText(/where the tube went in|arm or leg/)) expect(other).not.toBeVisible();
    expect(screen.getByText(/general advice for any fluoroscopy/)).not.toBeVisible();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Barium swallow: on the day' })).toHaveTextContent('15 to 30 minutes'));
    vi.restoreAllMocks();
  });

  describe("the linked test's day facts", () => {
    afterEach(() => vi.restoreAllMocks());
    const day = () => document.querySelector<HTMLElement>('.on-the-day')!;

    it('are fetched from the test\'s own file and written in as text', async () => {
      const fetched = serve({ [SWALLOW_DAY]: { facts: ['<img src=x onerror=alert(1)> minutes'] } });
      open(`#${encodeFragment({ page: 'barium-swallow' })}`);
      await waitFor(() => expect(day()).toBeVisible());
      expect(fetched).toHaveBeenCalledWith(SWALLOW_DAY);
      expect(day()).toHaveTextContent('<img src=x onerror=alert(1)> minutes');
      expect(day().querySelector('img')).toBeNull();
    });

    it('stay hidden, as for the general advice, when they cannot be fetched or are not day facts', async () => {
      for (const files of [{}, { [SWALLOW_DAY]: { facts: [42] } }]) {
        const fetched = serve(files);
        open(`#${encodeFragment({ page: 'barium-swallow' })}`);
        await waitFor(() => expect(fetched).toHaveBeenCalledWith(SWALLOW_DAY));
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(day()).not.toBeVisible();
        vi.restoreAllMocks();
      }
    });

    it('are not fetched for a guide, which gets the general advice', () => {
      const fetched = serve({});
      open(`#${encodeFragment({ page: 'preparing' })}`);
      expect(fetched).not.toHaveBeenCalled();
      expect(day()).not.toBeVisible();
    });
  });

  describe("the linked test's own sources", () => {
    const sources = () => screen.getByRole('region', { name: 'Sources' });
    const served = (body: unknown, ok = true) => serve(ok ? { [HEART_SOURCES]: body } : {});
    afterEach(() => vi.restoreAllMocks());

    it('are counted at once, and fetched and listed, in their own order, when the reader opens the list', async () => {
      const fetched = served(appointmentSourcesOf(heart));
      open(`#${encodeFragment({ page: 'coronary-angiography' })}`);
      const list = sources().querySelector('details')!;
      expect(within(sources()).getByText(`We checked the facts on this page against ${heart.sources.length} sources`)).toBeInTheDocument();
      expect(fetched).not.toHaveBeenCalled();
      list.open = true;
      list.dispatchEvent(new Event('toggle'));
      await waitFor(() => expect(within(sources()).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(heart.sources.map((s) => s.url)));
      expect(within(sources()).getAllByRole('listitem')[0]).toHaveTextContent(`${heart.sources[0].publisher}: ${heart.sources[0].title}`);
      expect(fetched).toHaveBeenCalledTimes(1);
    });

    it('fall back to a link to the test page when they cannot be fetched, or are not a list of sources', async () => {
      for (const [body, ok] of [[{}, true], [{ sources: [{ publisher: 'x', title: 'y', url: 'javascript:alert(1)' }] }, true], [null, false]] as const) {
        served(body, ok);
        open(`#${encodeFragment({ page: 'coronary-angiography' })}`);
        const list = sources().querySelector('details')!;
        list.open = true;
        list.dispatchEvent(new Event('toggle'));
        await waitFor(() => expect(sources()).toHaveTextContent('The sources could not be loaded. They are also listed on the page for Coronary angiography.'));
        expect(within(sources()).getByRole('link')).toHaveAttribute('href', '/procedures/coronary-angiography/#sources');
        vi.restoreAllMocks();
      }
    });

    it('go back to the general advice sources when the link names a guide', () => {
      open(`#${encodeFragment({ page: 'preparing' })}`);
      expect(within(sources()).getAllByRole('link', { hidden: true }).map((a) => a.getAttribute('href'))).toEqual(general.sources.map((s) => s.url));
    });
  });

  it('shows heart signs and the stent rule for a heart catheter link', () => {
    open(`#${encodeFragment({ page: 'coronary-angiography', clinic: 'Riverside' })}`);
    expect(help()).toHaveTextContent('chest pain');
    expect(help()).toHaveTextContent('(a stroke)');
    expect(help()).toHaveTextContent(/Never stop taking them unless your heart team tells you to/);
  });

  it('shows the general cards for a link that names a guide, with its summary', () => {
    open(`#${encodeFragment({ page: 'preparing', clinic: 'Riverside' })}`);
    expect(help()).toHaveTextContent('arm or leg that was used');
    expect(screen.getByText('How to get ready.')).toBeVisible();
    expect(screen.queryByRole('heading', { name: /on the day/ })).toBeNull();
  });

  it("shows the clinic's instructions first, under plain labels", () => {
    open(`#${encodeFragment({ page: 'barium-swallow', clinic: 'Riverside Hospital', phone: '+44 (0)20 7946-0000', arrive: 'Arrive 30 minutes early.', fasting: 'Nothing to eat after 7 am.' })}`);
    const box = screen.getByRole('region', { name: 'Instructions from Riverside Hospital' });
    expect(within(box).getByText('When to arrive').nextSibling).toHaveTextContent('Arrive 30 minutes early.');
    expect(within(box).getByText('Eating and drinking').nextSibling).toHaveTextContent('Nothing to eat after 7 am.');
    expect(within(box).queryByText('Where to go')).toBeNull();
    expect(within(box).getByRole('link', { name: '+44 (0)20 7946-0000' })).toHaveAttribute('href', 'tel:+4402079460000');
    expect(within(box).getByRole('link', { name: 'Barium swallow' })).toHaveAttribute('href', '/procedures/barium-swallow/');
    expect(screen.getByRole('heading', { level: 2, name: 'Your test: Barium swallow' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print this page' })).toBeInTheDocument();
    // The clinic's box comes before the advice.
    const advice = screen.getByRole('region', { name: 'Before your appointment' });
    expect(box.compareDocumentPosition(advice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says "your clinic" when the clinic gave no name, and links a general guide', () => {
    open('#v=1&p=preparing&n=Bring+your+letter');
    const box = screen.getByRole('region', { name: 'Instructions from your clinic' });
    expect(within(box).getByRole('link', { name: 'Preparing for your test' })).toHaveAttribute('href', '/preparing/');
    expect(within(box).getByText('Read this guide')).toBeInTheDocument();
  });

  it.each(HOSTILE_TEXT.filter((text) => !text.includes('\u202E')))('shows %j as literal text and adds no element', (text) => {
    const island = open(`#${encodeFragment({ page: 'barium-swallow', clinic: text, note: text })}`);
    const box = screen.getByRole('region', { name: `Instructions from ${text}` });
    expect(within(box).getByText('Also').nextSibling).toHaveTextContent(text, { normalizeWhitespace: false });
    expect(island.querySelector('script, svg, iframe, img, [onerror], [onload], [onmouseover]')).toBeNull();
  });

  it('never makes the phone number anything but a tel: link of digits', () => {
    open('#v=1&p=barium-swallow&t=(0)+123-456');
    expect(screen.getByRole('link', { name: '(0) 123-456' })).toHaveAttribute('href', 'tel:0123456');
  });

  it.each([
    ['malformed', '#v=1&p=barium-swallow&c=%E0%A4'],
    ['unknown-version', '#v=9&p=barium-swallow'],
    ['unknown-page', '#v=1&p=knee-replacement&c=Riverside'],
    ['too-long', `#v=1&p=barium-swallow&c=${'a'.repeat(61)}`],
    ['invalid-field', '#v=1&p=barium-swallow&t=javascript:alert(1)'],
  ])('shows a kind notice and nothing from the link when it is %s', (reason, fragment) => {
    const island = open(fragment);
    expect(screen.getByRole('status')).toHaveTextContent(en.unreadable);
    expect(island.querySelector('[data-reason]')).toHaveAttribute('data-reason', reason);
    expect(screen.queryByRole('region', { name: /Instructions from/ })).toBeNull();
    expect(island).not.toHaveTextContent('Riverside');
  });

  it('shows that a version 2 link is incomplete, and nothing from it, wherever it was cut', () => {
    const fragment = encodeFragment({ page: 'barium-swallow', clinic: 'Riverside', arrive: 'Arrive 30 minutes early.' });
    for (const at of [20, 30, fragment.length - 7, fragment.length - 1]) {
      const island = open(`#${fragment.slice(0, at)}`);
      expect(screen.getByRole('status')).toHaveTextContent(en.incomplete);
      expect(screen.getByRole('status')).toHaveTextContent(en.generalAdviceStillApplies);
      expect(screen.queryByRole('region', { name: /Instructions from/ })).toBeNull();
      expect(island).not.toHaveTextContent('Arrive 30');
    }
  });

  it('follows a new fragment, and keeps the instructions when the skip link jumps to #main', async () => {
    open('');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    window.location.hash = '#v=1&p=barium-swallow&c=Riverside';
    await screen.findByRole('region', { name: 'Instructions from Riverside' });
    window.location.hash = '#main';
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole('region', { name: 'Instructions from Riverside' })).toBeInTheDocument();
    window.location.hash = '#v=1&p=nope';
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(en.unreadable));
    expect(screen.queryByRole('region', { name: /Instructions from/ })).toBeNull();
    // Back to the general advice, in full.
    expect(help()).toHaveTextContent('arm or leg that was used');
    expect(screen.getByText(/general advice for any fluoroscopy/)).toBeVisible();
  });

  it('adds the lines a clinic files the handout by, and a version 1 link says so', () => {
    vi.useFakeTimers({ now: new Date(2026, 11, 1, 10, 0), toFake: ['Date'] });
    try {
      open(`#${encodeFragment({ page: 'barium-swallow', clinic: 'Riverside' })}`);
      const filing = screen.getByRole('list', { name: 'About this handout' });
      expect(filing).toHaveTextContent(`Made with Fluoroscopy Guide, ${ORIGIN}`);
      expect(filing).toHaveTextContent('Printed 1 December 2026 · Test page last reviewed 26 November 2026 · Ref: barium-swallow · link v2');
      open(`#${encodeFragmentV1({ page: 'preparing', clinic: 'Riverside' })}`);
      expect(screen.getByRole('list', { name: 'About this handout' })).toHaveTextContent('Guide last reviewed 1 October 2026 · Ref: preparing · link v1');
    } finally {
      vi.useRealTimers();
    }
  });

  it('draws the QR code of the same link when the page is printed, and not before', async () => {
    const fragment = `#${encodeFragment({ page: 'barium-swallow', clinic: 'Riverside' })}`;
    const island = open(fragment);
    expect(island.querySelector('[data-qr-value]')).toBeNull();
    expect(screen.getByText('fluoroscopy-guide.example.org/procedures/barium-swallow/')).toBeInTheDocument();
    window.dispatchEvent(new Event('beforeprint'));
    await waitFor(() => expect(island.querySelector('[data-qr-value]')).toHaveAttribute('data-qr-value', `${ORIGIN}/appointment/${fragment}`));
    const image = island.querySelector('[data-qr-value] img')!;
    expect(image.getAttribute('src')).toMatch(/^data:image\/svg\+xml;/);
    expect(image).toHaveAccessibleName(en.qrAlt);
  });

  it('prints from its button once the code is drawn', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const island = open(`#${encodeFragment({ page: 'barium-swallow' })}`);
    screen.getByRole('button', { name: en.print }).click();
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(island.querySelector('[data-qr-value]')).not.toBeNull();
    print.mockRestore();
  });
});

describe('the Spanish appointment page in the browser', () => {
  const es = patientStrings.es;
  const generalEs = adviceFor(undefined, [], [], 'es');
  const swallowEs = adviceFor({ applies: ['barium-mouth'] }, [{ label: 'Cuánto dura', text: 'De 15 a 30 minutos' }], [], 'es');
  const unionEs = unionAdvice([generalEs, swallowEs]);
  const dataEs: AppointmentData = {
    pages: [
      {
        slug: 'barium-swallow',
        title: 'Trago de bario',
        kind: 'procedure',
        href: '/es/procedimientos/trago-de-bario/',
        advice: choiceOf(swallowEs, unionEs),
        day: '/es/cita/day/barium-swallow.json',
        lastReviewed: '2026-11-26',
      },
    ],
    general: choiceOf(generalEs, unionEs),
    origin: ORIGIN,
    path: '/es/cita/',
    siteName: 'Guía de fluoroscopia',
    strings: patientScriptStrings.es,
  };
  const html = `<header><a class="language-link" href="/appointment/" hreflang="en" lang="en">English</a></header><main id="main"><div data-island-root="appointment">${renderToStaticMarkup(
    <AppointmentView union={unionEs} general={generalEs} locale="es" />,
  )}</div></main>`;

  function openEs(fragment: string) {
    document.documentElement.lang = 'es';
    window.history.replaceState(null, '', `/es/cita/${fragment}`);
    document.body.innerHTML = html;
    enhanceAppointment(root(), JSON.parse(JSON.stringify(dataEs)));
    return root();
  }

  afterEach(() => {
    document.documentElement.lang = '';
  });

  it("takes its language from <html lang>: Spanish words around the clinic's text, which stays as typed", async () => {
    serve({ '/es/cita/day/barium-swallow.json': appointmentDayOf(swallowEs, unionEs) });
    const typed = { page: 'barium-swallow', clinic: 'Riverside Hospital', where: 'Level 2, X-ray reception', fasting: 'Nada de comer después de las 7 a. m.' };
    openEs(`#${encodeFragment(typed)}`);
    const box = screen.getByRole('region', { name: 'Instrucciones de Riverside Hospital' });
    expect(box).toHaveTextContent(es.fromYourClinic);
    expect(within(box).getByText(es.fieldLabels.where).nextSibling).toHaveTextContent(typed.where);
    expect(within(box).getByText(es.fieldLabels.fasting).nextSibling).toHaveTextContent(typed.fasting);
    expect(within(box).getByRole('link', { name: 'Trago de bario' })).toHaveAttribute('href', '/es/procedimientos/trago-de-bario/');
    expect(screen.getByRole('heading', { level: 2, name: 'Su prueba: Trago de bario' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: es.print })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Trago de bario: el día de la prueba' })).toHaveTextContent('De 15 a 30 minutos'));
    vi.restoreAllMocks();
  });

  it('shows the Spanish warning signs from the one safety source, and the Spanish checklist', () => {
    openEs(`#${encodeFragment({ page: 'barium-swallow' })}`);
    const help = screen.getByRole('region', { name: es.whenToGetHelp });
    for (const sign of cardsFor({ applies: ['barium-mouth'] }, 'es').flatMap((card) => card.signs)) {
      expect(within(help).getByText(sign.text, { exact: false })).toBeVisible();
    }
    const checklist = screen.getByRole('region', { name: es.beforeYourAppointment });
    for (const item of swallowEs.checklist) expect(within(checklist).getByText(item.text)).toBeVisible();
  });

  it('gives a kind Spanish notice for a link cut short', () => {
    const fragment = encodeFragment({ page: 'barium-swallow', clinic: 'Riverside' });
    openEs(`#${fragment.slice(0, -3)}`);
    expect(screen.getByRole('status')).toHaveTextContent(es.incomplete);
    expect(screen.getByRole('status')).toHaveTextContent(es.generalAdviceStillApplies);
    expect(screen.queryByText(/Riverside/)).toBeNull();
  });

  it('dates the handout in Spanish, draws the code of the Spanish link, and lets the language link carry the instructions', async () => {
    vi.useFakeTimers({ now: new Date(2026, 11, 1, 10, 0), toFake: ['Date'] });
    const fragment = `#${encodeFragment({ page: 'barium-swallow', clinic: 'Riverside' })}`;
    let island: HTMLElement;
    try {
      island = openEs(fragment);
      expect(screen.getByRole('list', { name: es.aboutThisHandout })).toHaveTextContent(
        'Impreso el 1 de diciembre de 2026 · Última revisión de la página de la prueba: 26 de noviembre de 2026 · Ref.: barium-swallow · enlace v2',
      );
    } finally {
      vi.useRealTimers();
    }
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', `/appointment/${fragment}`);
    window.dispatchEvent(new Event('beforeprint'));
    await waitFor(() => expect(island.querySelector('[data-qr-value]')).toHaveAttribute('data-qr-value', `${ORIGIN}/es/cita/${fragment}`));
    expect(island.querySelector('[data-qr-value] img')).toHaveAccessibleName(es.qrAlt);
  });
});
