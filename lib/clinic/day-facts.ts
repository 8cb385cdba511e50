import type { Source } from '@/content/schema/article';
import type { Glance } from '@/content/schema/procedure';
import { formatDuration, getDuration } from '@/lib/dose';
import { articleStrings } from '@/lib/i18n/article';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import type { DayFact } from './advice';

/**
 * The three At a glance facts a patient wants on the day of the test: how
 * long it takes, whether it hurts, and how to get ready. Taken from the test's
 * own card, with its labels, so the handout and the test page always agree,
 * in either language (a Spanish test's glance already holds its Spanish words).
 */
export function dayFactsOf(glance: Glance, locale: Locale = DEFAULT_LOCALE): { facts: DayFact[]; sources: Source[] } {
  const t = articleStrings[locale].glance;
  const duration = glance.duration === 'depends' ? undefined : getDuration(glance.duration);
  return {
    facts: [
      { label: t.duration, text: duration ? formatDuration(duration, locale) : t.durationDepends },
      { label: t.painRelief, text: glance.painRelief },
      { label: t.preparation, text: glance.preparation },
    ],
    sources: duration ? duration.sources : [],
  };
}
