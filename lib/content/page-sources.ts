import { backgroundSources } from '@/content/data/doses';
import { sharedText, type SharedTextId } from '@/content/data/shared-text';
import { dataSources } from '@/content/data/sources';
import type { Source } from '@/content/schema/source';
import { getDose, getDuration } from '@/lib/dose';
import { sourcesWithSafety } from '@/lib/safety/page';
import type { SafetyProfile } from '@/lib/safety/compose';
import type { Outline } from '@/content/schema/outline';
import type { Locale } from '@/lib/site-map/pages';
import { citationsFor, type Citations } from './citations';

type Input = {
  /** The page's own sources, from its front matter. */
  own: Source[];
  /** What the compile found in the body: the data it names by id. */
  refs: Outline['refs'];
  profile?: SafetyProfile;
  /** Dose and duration ids the page shows outside its body (a procedure's At a glance card). */
  doses?: string[];
  durations?: string[];
  locale?: Locale;
};

/**
 * Everything a page's Sources list holds, in its printed order: the page's own
 * sources, then those behind the doses and durations it shows, its warning
 * signs and shared rules. Each is listed once, and its position is the number
 * the page's citations print.
 */
export function pageSources({ own, refs, profile, doses = [], durations = [], locale }: Input): { sources: Source[]; citations: Citations } {
  const doseIds = [...new Set([...doses, ...refs.doses])];
  const durationIds = [...new Set([...durations, ...refs.durations])];
  const data = [
    ...doseIds.flatMap((id) => getDose(id)?.sources ?? []),
    ...(doseIds.some((id) => getDose(id)?.max) ? backgroundSources : []),
    ...durationIds.flatMap((id) => getDuration(id)?.sources ?? []),
    ...refs.sharedTexts.flatMap((id) =>
      (sharedText[id as SharedTextId] ?? []).flatMap((paragraph) => paragraph.sources.map((key) => dataSources[key])),
    ),
  ];
  const sources = sourcesWithSafety([...own, ...data], profile, refs.safetyRules);
  return { sources, citations: citationsFor(sources, locale) };
}
