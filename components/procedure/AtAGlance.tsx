import { contrastKinds, settings, type Glance } from '@/content/schema/procedure';
import { formatBackground, formatDose, formatDuration, getDose, getDuration } from '@/lib/dose';

type Props = { glance: Glance; headingId?: string };

/**
 * The facts a patient wants first, as a definition list. Every number comes from the typed data files.
 * Site search reads the card as labelled sentences ("How long it takes: 15 to 30 minutes."): the
 * separators are hidden from sight and from screen readers, which already hear each term and detail apart.
 */
export function AtAGlance({ glance, headingId = 'at-a-glance' }: Props) {
  const dose = glance.dose === 'depends' ? undefined : getDose(glance.dose);
  const duration = glance.duration === 'depends' ? undefined : getDuration(glance.duration);
  const rows: [string, string][] = [
    ['What it is for', glance.purpose],
    ['How long it takes', duration ? formatDuration(duration) : 'It depends on the test. Your care team will tell you.'],
    ['Getting ready', glance.preparation],
    ['Contrast (X-ray dye)', contrastKinds[glance.contrast]],
    ['Pain relief', glance.painRelief],
    [
      'Typical radiation dose',
      dose
        ? `About ${formatDose(dose)}: about the same as ${formatBackground(dose)} of natural background radiation`
        : 'It depends on the procedure. Ask your care team.',
    ],
    ['In hospital', settings[glance.setting]],
    ['Who does it', glance.performedBy],
    ['Driving home', glance.driving],
  ];
  return (
    <section
      aria-labelledby={headingId}
      className="at-a-glance not-prose print-break-avoid mb-8 max-w-prose border-4 border-brand"
    >
      <h2 id={headingId} className="bg-brand px-5 py-3 text-xl font-bold text-white">
        At a glance
      </h2>
      <dl className="divide-y divide-line px-5">
        {rows.map(([term, detail]) => (
          <div key={term} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr] sm:gap-4">
            <dt className="font-bold">
              {term}
              <Separator text=": " />
            </dt>
            <dd>
              {detail}
              {/[.!?]$/.test(detail) ? null : <Separator text="." />}
              <Separator text=" " />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Punctuation for the search index only. */
function Separator({ text }: { text: string }) {
  return (
    <span aria-hidden="true" className="sr-only">
      {text}
    </span>
  );
}
