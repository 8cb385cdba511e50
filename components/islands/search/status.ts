import { fill } from '@/lib/i18n/fill';
import type { SearchStatusStrings } from '@/lib/i18n/search';
import type { SearchHit } from '@/lib/search/pagefind';

/** What the last search that finished found, with the words it was for. */
export type Found = { kind: 'found'; words: string; hits: SearchHit[]; total: number; fewerWords: boolean; didYouMean?: string };

/** What the results show: the hint for an empty box, a search under way, or the last one's answer. */
export type Shown = { kind: 'idle' } | { kind: 'searching' } | { kind: 'error' } | Found;

/** The status region's words for what is shown, from the lines the page gave, in its own language. */
export function statusLine(shown: Shown, lines: SearchStatusStrings, plural: Intl.PluralRules): string {
  if (shown.kind !== 'found') return lines[shown.kind];
  const { hits, total, words: query } = shown;
  if (!hits.length) return fill(lines.noPages, { query });
  const found = fill(lines.found[plural.select(total)] ?? lines.found.other, { count: total, query });
  return total > hits.length ? `${found} ${fill(lines.showing, { count: hits.length })}` : found;
}
