import { CareCardList } from '@/components/mdx/CareCardList';
import { patientStrings } from '@/lib/i18n/clinic';
import type { ComposedCard, ComposedRule } from '@/lib/safety/compose';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

type Props = {
  cards: ComposedCard[];
  rules?: ComposedRule[];
  locale?: Locale;
  /** When given, only these signs and rules (by id) show; the rest are in the page but hidden, for a script to show. */
  visible?: ReadonlySet<string>;
};

/*
 * On paper, with black text on white (browsers leave out background colours
 * when printing, so the coloured headings would vanish): the emergency card
 * runs across the page with its signs in two columns, and the urgent and
 * non-urgent cards sit side by side below it, then the rules. Each card's
 * level is printed in words at the start of its heading. The whole section
 * moves to the back of the sheet when it does not fit under the clinic's
 * instructions, so no card is ever split.
 */
const PRINT =
  'print:grid print:grid-cols-2 print:gap-2 print:[&_.care-card-list]:contents ' +
  'print:[&_.care-card-emergency]:col-span-2 print:[&_.care-card-emergency_ul]:columns-2 print:[&_.care-card-emergency_ul]:gap-6 print:[&_.care-card-emergency_li]:break-inside-avoid ' +
  'print:[&_.care-card]:my-0 print:[&_.care-card]:border-2 print:[&_.care-card]:border-black ' +
  'print:[&_.care-card>div:first-child]:bg-transparent print:[&_.care-card>div:first-child]:px-2 print:[&_.care-card>div:first-child]:py-0.5 ' +
  'print:[&_.care-card>div:first-child]:text-black print:[&_.care-card>div:first-child>p]:hidden print:[&_.care-card_h3>span]:not-sr-only ' +
  'print:[&_.care-card_h3]:text-[9.5pt] print:[&_.care-card_h3]:leading-tight ' +
  'print:[&_.rich]:px-2 print:[&_.rich]:py-1 print:[&_.rich]:text-[8pt] print:[&_.rich]:leading-snug print:[&_.rich_li]:my-0 print:[&_.rich_ul]:space-y-0 print:[&_.rich_ul]:pl-4 ' +
  'print:[&_.care-card-where]:mt-0.5 print:[&_.care-card-where]:text-[8pt] print:[&_.sign-action]:mt-0';

/** "When to get help" after the test, as NHS care cards, most urgent first, with the rules that apply. */
export function WhenToGetHelp({ cards, rules = [], locale = DEFAULT_LOCALE, visible }: Props) {
  const t = patientStrings[locale];
  return (
    <section aria-labelledby="when-to-get-help" className="when-to-get-help print-break-avoid mb-10 max-w-prose print:mb-0 print:max-w-none">
      <h2 id="when-to-get-help" className="mb-3 text-2xl font-bold print:mb-0.5 print:text-[11pt]">
        {t.whenToGetHelp}
      </h2>
      <p className="print:hidden">{t.whenIntro}</p>
      <div className={PRINT}>
        <CareCardList cards={cards} visible={visible} locale={locale} />
        {rules.length ? (
          <div className="print:col-span-2 print:grid print:grid-cols-2 print:gap-2" hidden={visible ? !rules.some((rule) => visible.has(rule.id)) : undefined}>
            {rules.map((rule) => (
              <div key={rule.id} data-rule={rule.id} hidden={visible ? !visible.has(rule.id) : undefined} className="mt-4 border-l-8 border-brand bg-infoTint px-5 py-3 print:mt-0 print:border-2 print:border-black print:px-2 print:py-1 print:text-[8pt] print:leading-snug">
                <p>
                  <span className="block font-bold">{rule.title}</span>
                  {rule.text.join(' ')}
                </p>
              </div>
            ))}
          </div>
        ) : null}
      </div>
    </section>
  );
}
