import type { Source } from '@/content/schema/article';
import type { Glance } from '@/content/schema/procedure';
import { formatDuration, getDuration } from '@/lib/dose';
import type { DayFact } from './advice';

/**
 * The three At a glance facts a patient wants on the day of the test: how
 * long it takes, whether it hurts, and how to get ready. Taken from the test's
 * own card, so the handout and the test page always agree.
 */
export function dayFactsOf(glance: Glance): { facts: DayFact[]; sources: Source[] } {
  const duration = glance.duration === 'depends' ? undefined : getDuration(glance.duration);
  return {
    facts: [
      { label: 'How long it takes', text: duration ? formatDuration(duration) : 'It depends on the test. Your care team will tell you.' },
      { label: 'Pain relief', text: glance.painRelief },
      { label: 'Getting ready', text: glance.preparation },
    ],
    sources: duration ? duration.sources : [],
  };
}
