import { FIELDS, type ClinicInstructions } from '@/lib/clinic/fields';
import type { Advice } from '@/lib/clinic/advice';
import { patientStrings } from '@/lib/i18n/clinic';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import { AppointmentAdvice, type ShownAdvice } from './AppointmentAdvice';
import { ClinicInstructionsBox } from './ClinicInstructionsBox';

type Props = {
  /** Every item any test's advice shows, and the general advice's, once (lib/clinic/appointment-data.ts). */
  union: Advice;
  /** The advice for a link that names no test (or a guide), and for the page without a link: what shows at first. */
  general: Advice;
  locale?: Locale;
};

/** What a template holds where the script puts a title: never shown, since templates are inert. */
const PLACEHOLDER = 'Your test';

/** Every field with a stand-in value, so the template holds a row for each; the script fills or removes them. */
const EVERY_FIELD = Object.fromEntries([['page', ''], ...FIELDS.map((f) => [f.name, f.name === 'phone' ? '0' : '-'])]) as ClinicInstructions;

/**
 * The appointment page's personal part, complete as HTML. It holds every
 * item of advice any test shows, once; without a link (or without
 * JavaScript) only the general advice's items show and the rest are hidden.
 * For a clinic's link, the script in components/islands/appointment/ copies
 * the inert templates below, fills them with the clinic's words as text, and
 * shows the linked test's own items in its own order.
 */
export function AppointmentView({ general, union, locale = DEFAULT_LOCALE }: Props) {
  const strings = patientStrings[locale];
  const shown: ShownAdvice = {
    checklist: new Set(general.checklist.map((item) => item.id)),
    signs: new Set(general.cards.flatMap((card) => card.signs.map((sign) => sign.id))),
    rules: new Set(general.rules.map((rule) => rule.id)),
    sources: new Set(general.sources.map((source) => source.url)),
  };
  return (
    <div data-island="appointment" className="appointment-island">
      <div role="status" />
      <template data-template="notice">
        <div className="mb-8 max-w-prose border-l-8 border-warning bg-warningTint p-5 print:border-black">
          <p className="text-lg font-bold" />
          <p className="mt-2">{strings.generalAdviceStillApplies}</p>
        </div>
      </template>
      <template data-template="personal">
        <ClinicInstructionsBox
          data={EVERY_FIELD}
          page={{ title: PLACEHOLDER, href: '/', kind: 'procedure' }}
          address="-"
          locale={locale}
          aside={
            <div className="hidden text-[8pt] leading-tight print:float-right print:mb-1 print:ml-3 print:mt-1 print:block print:w-min">
              <div data-slot="qr" />
              <p className="mt-0.5">{strings.qrCaption}</p>
            </div>
          }
          footer={
            <ul
              aria-label={strings.aboutThisHandout}
              className="handout-filing hidden border-t border-line py-1 text-[7.5pt] leading-tight print:clear-both print:block"
            >
              <li data-slot="made-by" />
              <li data-slot="printed" />
            </ul>
          }
        />
        <section aria-labelledby="your-page" className="mb-8 print:hidden">
          <h2 id="your-page" className="mb-4 text-2xl font-bold">
            <span data-slot="your-page-label">{strings.yourTestHeading}</span>
            <a href="/">{PLACEHOLDER}</a>
          </h2>
          <p className="max-w-prose" data-slot="summary" />
        </section>
      </template>
      <div className="mb-8 empty:hidden print:hidden" data-slot="print" />
      <p className="mb-8 max-w-prose text-lg print:hidden" data-slot="general-advice">
        {strings.generalAdvice}
      </p>
      <AppointmentAdvice advice={union} locale={locale} shown={shown} />
    </div>
  );
}
