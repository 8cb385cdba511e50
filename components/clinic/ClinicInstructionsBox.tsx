import { Fragment, type ReactNode } from 'react';
import { FIELDS, type ClinicInstructions, type Field } from '@/lib/clinic/fields';
import { telHref } from '@/lib/clinic/link';
import { patientStrings } from '@/lib/i18n/clinic';
import { fill } from '@/lib/i18n/fill';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
type Props = {
  data: ClinicInstructions;
  page: { title: string; href: string; kind: 'procedure' | 'guide' };
  /** The test or guide's address without "https://", printed for typing in by hand. */
  address?: string;
  /** Placed before the instructions, for a QR code floated beside them on paper; the caller sets when it shows. */
  aside?: ReactNode;
  /** Placed after the instructions, for the lines that make the handout a document to file. */
  footer?: ReactNode;
  locale?: Locale;
};

// Row layout without its display, so the address row can be hidden on screen and a grid on paper.
const ROW = 'gap-1 py-3 sm:grid-cols-[11rem_1fr] sm:gap-4 print:grid-cols-[6.75rem_1fr] print:gap-2 print:py-px';

/** An address that wraps only after a "/", so it can still be typed from paper. */
function breakAfterSlashes(address: string) {
  return address.split('/').map((part, index) => (
    <Fragment key={index}>
      {index ? (
        <>
          /<wbr />
        </>
      ) : null}
      {part}
    </Fragment>
  ));
}

/**
 * The clinic's own instructions, in a box marked as theirs. Every answer is
 * shown as plain text: React escapes it, nothing is read as HTML or Markdown,
 * and the only link, the phone number, keeps nothing but digits and +.
 */
export function ClinicInstructionsBox({ data, page, address, aside, footer, locale = DEFAULT_LOCALE }: Props) {
  const strings = patientStrings[locale];
  const from = data.clinic ?? strings.yourClinic;
  const rows = FIELDS.filter((field): field is Exclude<Field, { name: 'clinic' }> => field.name !== 'clinic' && Boolean(data[field.name]));
  return (
    <section
      aria-labelledby="clinic-instructions"
      className="clinic-instructions print-break-avoid mb-8 max-w-prose border-4 border-brand print:mb-3 print:max-w-none print:border-2 print:border-black"
    >
      <div className="bg-brand px-5 py-3 text-white print:border-b-2 print:border-black print:bg-transparent print:px-3 print:py-1 print:text-black">
        <p className="text-sm font-bold uppercase tracking-wide print:text-[7pt]">{strings.fromYourClinic}</p>
        <h2 id="clinic-instructions" className="text-xl font-bold print:text-[12pt] print:leading-tight">
          {fill(strings.instructionsFrom, { clinic: from })}
        </h2>
      </div>
      {/* flow-root holds a floated aside: rows beside it narrow, rows below it use the full width. */}
      <div className="flow-root px-5 print:px-3 print:py-1">
        {aside}
        <dl className="divide-y divide-line">
          <div data-field="page" className={`grid ${ROW}`}>
            <dt className="font-bold">{page.kind === 'procedure' ? strings.yourTestLabel : strings.readThisGuideLabel}</dt>
            <dd className="text-lg font-bold print:text-[10pt] print:leading-snug">
              <a href={page.href}>{page.title}</a>
            </dd>
          </div>
          {address ? (
            <div data-field="address" className={`hidden print:grid ${ROW}`}>
              <dt className="font-bold">{strings.readAboutItAt}</dt>
              <dd className="font-bold">{breakAfterSlashes(address)}</dd>
            </div>
          ) : null}
          {rows.map((field) => {
            const value = data[field.name]!;
            const href = field.name === 'phone' ? telHref(value) : undefined;
            return (
              <div key={field.name} data-field={field.name} className={`grid ${ROW}`}>
                <dt className="font-bold">{strings.fieldLabels[field.name]}</dt>
                <dd className="break-words">{href ? <a href={href}>{value}</a> : value}</dd>
              </div>
            );
          })}
        </dl>
        {footer}
      </div>
    </section>
  );
}
