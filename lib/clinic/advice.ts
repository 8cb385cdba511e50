import { beforeYourAppointment } from '@/content/data/checklist';
import type { Source } from '@/content/schema/article';
import { cardsFor, generalProfile, rulesFor, safetySourcesFor, type ComposedCard, type ComposedRule, type SafetyProfile } from '@/lib/safety/compose';

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

/** The advice for a test (its profile and day facts), or the general advice when there is no profile. */
export function adviceFor(profile?: SafetyProfile, day: DayFact[] = [], daySources: Source[] = []): Advice {
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
    checklist: items.map(({ id, text }) => ({ id, text })),
    cards: cardsFor(safety),
    rules,
    sources: unique([...daySources, ...items.flatMap((item) => item.sources), ...safetySourcesFor(safety)]),
  };
}
