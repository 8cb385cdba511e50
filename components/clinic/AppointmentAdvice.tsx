import { SourcesList } from '@/components/layout/SourcesList';
import type { Advice } from '@/lib/clinic/advice';
import { patientStrings } from '@/lib/i18n/clinic';
import { fill } from '@/lib/i18n/fill';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import { AppointmentChecklist } from './AppointmentChecklist';
import { WhenToGetHelp } from './WhenToGetHelp';

/** Which of the advice's items show at first (by id, sources by URL); the rest are in the page, hidden, for a script to show. */
export type ShownAdvice = { checklist: ReadonlySet<string>; signs: ReadonlySet<string>; rules: ReadonlySet<string>; sources: ReadonlySet<string> };

type Props = { advice: Advice; testTitle?: string; locale?: Locale; shown?: ShownAdvice };

/**
 * The advice below the clinic's own words: the test's facts for the day, what
 * to do before it, its own warning signs and rules, and only its own sources.
 * The same data prints as the handout.
 */
export function AppointmentAdvice({ advice, testTitle, locale = DEFAULT_LOCALE, shown }: Props) {
  const strings = patientStrings[locale];
  const noDay = shown !== undefined && !advice.day.some((fact) => fact.text);
  return (
    <div className="appointment-advice">
      {advice.day.length ? (
        <section aria-labelledby="on-the-day" hidden={noDay || undefined} className="on-the-day print-break-avoid mb-8 max-w-prose print:mb-1.5 print:max-w-none">
          <h2 id="on-the-day" className="mb-3 text-2xl font-bold print:mb-0.5 print:text-[11pt]">
            {testTitle ? fill(strings.onTheDayOf, { test: testTitle }) : strings.onTheDay}
          </h2>
          <dl className="grid gap-3 print:grid-cols-3 print:gap-2 print:text-[8.5pt] print:leading-snug">
            {advice.day.map((fact) => (
              <div key={fact.label} hidden={shown && !fact.text ? true : undefined}>
                <dt className="font-bold">{fact.label}</dt>
                <dd>{fact.text}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <AppointmentChecklist items={advice.checklist} locale={locale} visible={shown?.checklist} />
      <WhenToGetHelp
        cards={advice.cards}
        rules={advice.rules}
        locale={locale}
        visible={shown ? new Set([...shown.signs, ...shown.rules]) : undefined}
      />
      <div className="print:hidden">
        <SourcesList sources={advice.sources} visible={shown?.sources} locale={locale} />
      </div>
    </div>
  );
}
