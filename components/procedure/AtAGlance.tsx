import { contrastKinds, settings, type Glance } from '@/content/schema/procedure';
import { backgroundSources } from '@/content/data/doses';
import { sourceKeyOf } from '@/content/data/sources';
import type { Source } from '@/content/schema/source';
import { Cite } from '@/components/mdx/Cite';
import type { Citations } from '@/lib/content/citations';
import { formatBackground, formatDose, formatDuration, getDose, getDuration } from '@/lib/dose';
import { contrastKindsEs, settingsEs } from '@/content/data/es/procedure-labels';
import { articleStrings } from '@/lib/i18n/article';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

const LABELS: Record<Locale, { contrast: Record<Glance['contrast'], string>; setting: Record<Glance['setting'], string> }> = {
  en: { contrast: contrastKinds, setting: settings },
  es: { contrast: contrastKindsEs, setting: settingsEs },
};

type Props = {
  glance: Glance;
  headingId?: string;
  /** On the test's own page, the time and the dose cite their sources. */
  citations?: Citations;
  locale?: Locale;
};

type Row = [term: string, detail: string, sources?: Source[]];

const keysOf = (sources: Source[]) => sources.map(sourceKeyOf).filter(Boolean).join(' ');

/** The facts a patient wants on the day come first; the rest wait behind "More facts" so the page starts soon. */
function rowsOf(glance: Glance, locale: Locale): { day: Row[]; more: Row[] } {
  const t = articleStrings[locale].glance;
  const labels = LABELS[locale];
  const dose = glance.dose === 'depends' ? undefined : getDose(glance.dose);
  const duration = glance.duration === 'depends' ? undefined : getDuration(glance.duration);
  return {
    day: [
      [t.duration, duration ? formatDuration(duration, locale) : t.durationDepends, duration?.sources],
      [t.painRelief, glance.painRelief],
      [t.preparation, glance.preparation],
    ],
    more: [
      [t.purpose, glance.purpose],
      [t.contrast, labels.contrast[glance.contrast]],
      [
        t.dose,
        dose ? t.doseText(formatDose(dose, locale), formatBackground(dose, locale)) : t.doseDepends,
        dose ? [...dose.sources, ...backgroundSources] : undefined,
      ],
      [t.setting, labels.setting[glance.setting]],
      [t.performedBy, glance.performedBy],
      [t.driving, glance.driving],
    ],
  };
}

/**
 * The key facts of a test, as definition lists. Every number comes from the typed data files.
 * Site search reads the card as labelled sentences ("How long it takes: 15 to 30 minutes."): the
 * separators are hidden from sight and from screen readers, which already hear each term and detail apart.
 * The second list is a native disclosure, so it opens without a script and prints open.
 */
export function AtAGlance({ glance, headingId = 'at-a-glance', citations, locale = DEFAULT_LOCALE }: Props) {
  const { day, more } = rowsOf(glance, locale);
  const t = articleStrings[locale].glance;
  return (
    <section
      aria-labelledby={headingId}
      className="at-a-glance not-prose print-break-avoid mb-5 max-w-prose border-4 border-brand"
    >
      <h2 id={headingId} className="bg-brand px-4 py-1.5 text-xl font-bold text-white sm:px-5 sm:py-2">
        {t.heading}
      </h2>
      <Rows rows={day} className="glance-day px-4 sm:px-5" citations={citations} />
      <details className="disclosure glance-more border-t-2 border-brand">
        <summary className="flex min-h-11 cursor-pointer items-center px-4 py-2 font-bold text-brand underline underline-offset-2 sm:px-5">
          {t.more}
        </summary>
        <Rows rows={more} className="px-4 pb-2 sm:px-5" citations={citations} />
      </details>
    </section>
  );
}

/** On a phone each label runs into its fact ("Pain relief: None"), which saves a line a row; wider, they sit in two columns. */
function Rows({ rows, className, citations }: { rows: Row[]; className: string; citations?: Citations }) {
  return (
    <dl className={`divide-y divide-line ${className}`}>
      {rows.map(([term, detail, sources]) => (
        <div key={term} className="py-2 sm:grid sm:grid-cols-[12rem_1fr] sm:gap-4 sm:py-3">
          <dt className="inline font-bold sm:block">
            {term}
            <Separator text=": " phone />
          </dt>
          <dd className="inline sm:block">
            {detail}
            {/[.!?]$/.test(detail) ? null : <Separator text="." />}
            {citations && sources?.length ? <Cite src={keysOf(sources)} citations={citations} /> : null}
            <Separator text=" " />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Punctuation for the search index, and the colon after a label on a phone; never read out, as the terms are heard apart. */
function Separator({ text, phone = false }: { text: string; phone?: boolean }) {
  return (
    <span aria-hidden="true" className={phone ? 'sm:sr-only' : 'sr-only'}>
      {text}
    </span>
  );
}
