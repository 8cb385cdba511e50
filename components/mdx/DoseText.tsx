import { backgroundSources } from '@/content/data/doses';
import { sourceKeyOf } from '@/content/data/sources';
import type { Citations } from '@/lib/content/citations';
import { formatBackground, formatDose, getDose } from '@/lib/dose';
import { articleStrings } from '@/lib/i18n/article';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import { Cite } from './Cite';

type Props = { id: string; citations?: Citations; locale?: Locale };

/**
 * A typical dose written into prose from content/data/doses.ts, so the text and
 * the "At a glance" card can never disagree.
 */
export function DoseText({ id, citations, locale = DEFAULT_LOCALE }: Props) {
  const entry = getDose(id);
  if (!entry) throw new Error(`<DoseText id="${id}"> has no entry in content/data/doses.ts`);
  return (
    <span className="dose-text">
      {articleStrings[locale].doseText(formatDose(entry, locale), formatBackground(entry, locale))}
      {citations ? <Cite src={[...entry.sources, ...backgroundSources].map(sourceKeyOf).join(' ')} citations={citations} /> : null}
    </span>
  );
}
