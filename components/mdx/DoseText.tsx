import { formatBackground, formatDose, getDose } from '@/lib/dose';

type Props = { id: string };

/**
 * A typical dose written into prose from content/data/doses.ts, so the text and
 * the "At a glance" card can never disagree.
 */
export function DoseText({ id }: Props) {
  const entry = getDose(id);
  if (!entry) throw new Error(`<DoseText id="${id}"> has no entry in content/data/doses.ts`);
  return (
    <span className="dose-text">
      about {formatDose(entry)}, which is about the same as {formatBackground(entry)} of natural background radiation
    </span>
  );
}
