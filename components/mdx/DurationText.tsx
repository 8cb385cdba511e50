import { sourceKeyOf } from '@/content/data/sources';
import type { Citations } from '@/lib/content/citations';
import { formatDuration, getDuration } from '@/lib/dose';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import { Cite } from './Cite';

type Props = { id: string; citations?: Citations; locale?: Locale };

/** How long a test takes, written into prose from content/data/durations.ts. */
export function DurationText({ id, citations, locale = DEFAULT_LOCALE }: Props) {
  const entry = getDuration(id);
  if (!entry) throw new Error(`<DurationText id="${id}"> has no entry in content/data/durations.ts`);
  return (
    <span className="duration-text">
      {formatDuration(entry, locale)}
      {citations && entry.sources.length ? <Cite src={entry.sources.map(sourceKeyOf).join(' ')} citations={citations} /> : null}
    </span>
  );
}
