import { patientStrings } from '@/lib/i18n/clinic';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

type Item = { id: string; text: string };

/** When `visible` is given, only those items (by id) show; the rest are in the page but hidden, for a script to show. */
type Props = { items: Item[]; locale?: Locale; visible?: ReadonlySet<string> };

/** "Before your appointment": general steps for any fluoroscopy test, with a box to tick on paper. */
export function AppointmentChecklist({ items, locale = DEFAULT_LOCALE, visible }: Props) {
  const t = patientStrings[locale];
  return (
    <section aria-labelledby="before-your-appointment" className="appointment-checklist print-break-avoid mb-10 max-w-prose print:mb-2 print:max-w-none">
      <h2 id="before-your-appointment" className="mb-3 text-2xl font-bold print:mb-0.5 print:text-[11pt]">
        {t.beforeYourAppointment}
      </h2>
      <p className="mb-4 print:hidden">{t.beforeIntro}</p>
      <ul className="space-y-3 print:columns-2 print:gap-6 print:space-y-0 print:text-[8.5pt] print:leading-snug">
        {items.map((item) => (
          <li key={item.id} hidden={visible ? !visible.has(item.id) : undefined} className="flex gap-3 print:mb-0.5 print:break-inside-avoid print:gap-2">
            <span aria-hidden="true" className="mt-1 inline-block size-5 shrink-0 border-2 border-ink print:mt-0.5 print:size-3 print:border-black" />
            <span>{item.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
