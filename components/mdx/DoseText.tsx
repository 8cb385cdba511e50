import { backgroundSources } from '@/content/data/doses';
import { sourceKeyOf } from '@/content/data/sources';
import type { Citations } from '@/lib/content/citations';
import { formatBackground, formatDose, getDose } from '@/lib/dose';
import { Cite } from './Cite';

type Props = { id: string; citations?: Citations };

/**
 * A typical dose written into prose from content/data/doses.ts, so the text and
 * the "At a glance" card can never disagree.
 */
export function DoseText({ id, citations }: Props) {
  const entry = getDose(id);
  if (!entry) throw new Error(`<DoseText id="${id}"> has no entry in content/data/doses.ts`);
  return (
    <span className="dose-text">
      about {formatDose(entry)}, which is about the same as {formatBackground(entry)} of natural background radiation
      {citations ? <Cite src={[...entry.sources, ...backgroundSources].map(sourceKeyOf).join(' ')} citations={citations} /> : null}
    </span>
  );
}
