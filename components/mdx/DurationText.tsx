import { formatDuration, getDuration } from '@/lib/dose';

type Props = { id: string };

/** How long a test takes, written into prose from content/data/durations.ts. */
export function DurationText({ id }: Props) {
  const entry = getDuration(id);
  if (!entry) throw new Error(`<DurationText id="${id}"> has no entry in content/data/durations.ts`);
  return <span className="duration-text">{formatDuration(entry)}</span>;
}
