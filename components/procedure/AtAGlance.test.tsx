import { render, screen, within } from '@testing-library/react';
import { doses } from '@/content/data/doses';
import { durations } from '@/content/data/durations';
import { formatBackground, formatDose, formatDuration } from '@/lib/dose';
import { contrastKinds, settings, type Glance } from '@/content/schema/procedure';
import { backgroundSources } from '@/content/data/doses';
import { citationsFor } from '@/lib/content/citations';
import { AtAGlance } from './AtAGlance';

const glance: Glance = {
  purpose: 'Shows your small bowel as the barium moves through it.',
  preparation: 'Do not eat or drink from midnight. Your letter will say.',
  contrast: 'barium',
  painRelief: 'None needed.',
  setting: 'outpatient',
  performedBy: 'A radiologist or a radiographer.',
  driving: 'Yes, you can usually drive home.',
  dose: 'small-bowel-follow-through',
  duration: 'small-bowel-follow-through',
};

const labels = [
  'How long it takes',
  'Pain relief',
  'Getting ready',
  'What it is for',
  'Contrast (X-ray dye)',
  'Typical radiation dose',
  'In hospital',
  'Who does it',
  'Driving home',
];

/** What a reader sees of an element: its text without the punctuation kept for the search index. */
function seen(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.remove());
  return copy.textContent ?? '';
}

/** The rows of the card as [label, detail] pairs, read from the definition list. */
function rows() {
  const region = screen.getByRole('region', { name: 'At a glance' });
  const terms = within(region).getAllByRole('term').map(seen);
  const details = within(region).getAllByRole('definition').map(seen);
  expect(details).toHaveLength(terms.length);
  return Object.fromEntries(terms.map((term, i) => [term, details[i]]));
}

describe('<AtAGlance>', () => {
  it("cites the sources of the time and the dose on the test's own page", () => {
    const duration = durations[glance.duration as keyof typeof durations];
    const dose = doses[glance.dose as keyof typeof doses];
    const sources = [...new Set([...duration.sources, ...dose.sources, ...backgroundSources])];
    render(<AtAGlance glance={glance} citations={citationsFor(sources)} />);
    const time = screen.getByText('How long it takes').closest('div')!;
    expect(within(time).getAllByRole('link', { name: /^source \d+$/ }).length).toBe(duration.sources.length);
    const doseRow = screen.getByText('Typical radiation dose').closest('div')!;
    expect(within(doseRow).getAllByRole('link', { name: /^source \d+$/ }).length).toBeGreaterThanOrEqual(dose.sources.length);
  });

  it('prints no citation where the page has no sources list (the appointment page)', () => {
    render(<AtAGlance glance={glance} />);
    expect(screen.queryByRole('link', { name: /^source/ })).toBeNull();
  });

  it('is a region headed "At a glance" with every row label, the facts for the day first', () => {
    render(<AtAGlance glance={glance} />);
    const region = screen.getByRole('region', { name: 'At a glance' });
    expect(within(region).getByRole('heading', { level: 2, name: 'At a glance' })).toBeInTheDocument();
    expect(Object.keys(rows())).toEqual(labels);
  });

  it('shows the facts written in the front matter, and words for the contrast and setting', () => {
    render(<AtAGlance glance={glance} />);
    const card = rows();
    expect(card['What it is for']).toBe(glance.purpose);
    expect(card['Getting ready']).toBe(glance.preparation);
    expect(card['Pain relief']).toBe(glance.painRelief);
    expect(card['Who does it']).toBe(glance.performedBy);
    expect(card['Driving home']).toBe(glance.driving);
    expect(card['Contrast (X-ray dye)']).toBe(contrastKinds.barium);
    expect(card['In hospital']).toBe(settings.outpatient);
  });

  it('shows the dose in mSv and as time of background radiation, from the data file', () => {
    render(<AtAGlance glance={glance} />);
    const dose = rows()['Typical radiation dose'];
    const entry = doses['small-bowel-follow-through'];
    expect(dose).toContain(`About ${formatDose(entry)}`);
    expect(dose).toContain(`${formatBackground(entry)} of natural background radiation`);
    expect(dose).toContain('3 to 5 mSv');
    expect(dose).toContain('12 to 20 months');
  });

  it('says the dose depends on the procedure, with no number, when the data says "depends"', () => {
    render(<AtAGlance glance={{ ...glance, dose: 'depends' }} />);
    const dose = rows()['Typical radiation dose'];
    expect(dose).toBe('It depends on the procedure. Ask your care team.');
    expect(dose).not.toMatch(/\d/);
    expect(dose).not.toMatch(/mSv/);
  });

  it('shows how long it takes from the data file', () => {
    render(<AtAGlance glance={glance} />);
    expect(rows()['How long it takes']).toBe(formatDuration(durations['small-bowel-follow-through']));
    expect(rows()['How long it takes']).toBe('1 to 3 hours');
  });

  it('says the time depends on the test when the data says "depends"', () => {
    render(<AtAGlance glance={{ ...glance, duration: 'depends' }} />);
    expect(rows()['How long it takes']).toBe('It depends on the test. Your care team will tell you.');
  });

  it('can take another heading id, so two cards on one page keep their own names', () => {
    render(
      <>
        <AtAGlance glance={glance} />
        <AtAGlance glance={{ ...glance, dose: 'depends' }} headingId="at-a-glance-2" />
      </>,
    );
    expect(screen.getAllByRole('region', { name: 'At a glance' })).toHaveLength(2);
  });

  it('reads as labelled sentences to the search index, with the punctuation hidden from sight and screen readers', () => {
    render(<AtAGlance glance={glance} />);
    const list = screen.getByRole('region', { name: 'At a glance' });
    const text = [...list.querySelectorAll('dl')].map((dl) => dl.textContent).join(' ');
    expect(text).toContain(`How long it takes: ${formatDuration(durations['small-bowel-follow-through'])}.`);
    expect(text).toContain('Pain relief: None needed. Getting ready: ');
    expect(text).toContain('Contrast (X-ray dye): Barium (a chalky drink or enema). Typical radiation dose: ');
    expect(text).not.toMatch(/dye\)Barium|reliefNone/);
    for (const separator of list.querySelectorAll('dt span, dd span')) {
      expect(separator).toHaveAttribute('aria-hidden', 'true');
    }
    // The colon after a label shows on a phone, where the label runs into its fact; the rest is for the index only.
    for (const separator of list.querySelectorAll('dd span')) expect(separator).toHaveClass('sr-only');
    for (const separator of list.querySelectorAll('dt span')) expect(separator).toHaveClass('sm:sr-only');
  });

  it('shows the three facts for the day at once, and keeps the rest in a closed disclosure', () => {
    const { container } = render(<AtAGlance glance={glance} />);
    const day = container.querySelector('.glance-day')!;
    expect(within(day as HTMLElement).getAllByRole('term').map(seen)).toEqual(['How long it takes', 'Pain relief', 'Getting ready']);
    expect(day.closest('details')).toBeNull();
    const more = container.querySelector('details.glance-more')!;
    expect(more).not.toHaveAttribute('open');
    expect(more.querySelector('summary')).toHaveTextContent('More facts about this test');
    expect(within(more as HTMLElement).getAllByRole('term', { hidden: true }).map(seen)).toEqual(labels.slice(3));
  });
});
