import { beforeYourAppointment } from '@/content/data/checklist';
import { checklistEs } from '@/content/data/es/checklist';
import type { Source } from '@/content/schema/article';
import { cardsFor, generalProfile, rulesFor, safetySourcesFor, type ComposedCard, type ComposedRule, type SafetyProfile } from '@/lib/safety/compose';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

/** One fact for the day of the test: "How long it takes: 15 to 30 minutes". */
export type DayFact = { label: string; text: string };

/**
 * Everything the appointment page and handout show below the clinic's own
 * words, for one test or for a link that names no test. It is plain data, made
 * when the site builds, so the page's script only picks one and shows it.
 */
export type Advice = {
  day: DayFact[];
  checklist: { id: string; text: string }[];
  cards: ComposedCard[];
  rules: ComposedRule[];
  sources: Source[];
};

function unique(sources: Source[]): Source[] {
  return [...new Map(sources.map((source) => [source.url, source])).values()];
}

/** A checklist item's words in a language; which tests it shows for, and its sources, are the English item's. */
function checklistText(item: { id: string; text: string }, locale: Locale): string {
  if (locale === 'en') return item.text;
  const text = (checklistEs as Record<string, string>)[item.id];
  if (!text) throw new Error(`content/data/es/checklist.ts has no Spanish for the checklist item "${item.id}"`);
  return text;
}

/**
 * The advice for a test (its profile and day facts), or the general advice
 * when there is no profile, in one language: the same items, signs and rules
 * in each, from the one checklist and the one safety source.
 */
export function adviceFor(profile?: SafetyProfile, day: DayFact[] = [], daySources: Source[] = [], locale: Locale = DEFAULT_LOCALE): Advice {
  const safety = profile ?? generalProfile;
  const applies = new Set(safety.applies);
  const rules = rulesFor(safety);
  // The sedation rule says all the checklist item says, so a test that shows the rule drops the item.
  const ruled = new Set(rules.map((rule) => rule.id as string));
  const items = beforeYourAppointment.filter(
    (item) => (!profile || !item.for || item.for.some((f) => applies.has(f))) && !ruled.has(item.id),
  );
  return {
    day,
    checklist: items.map((item) => ({ id: item.id, text: checklistText(item, locale) })),
    cards: cardsFor(safety, locale),
    rules: rulesFor(safety, locale),
    sources: unique([...daySources, ...items.flatMap((item) => item.sources), ...safetySourcesFor(safety)]),
  };
}
