import { sharedText, type SharedTextId } from '@/content/data/shared-text';
import type { Citations } from '@/lib/content/citations';
import { sharedParagraphs } from '@/lib/content/localized';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import { Cite } from './Cite';

type Props = { id: string; citations?: Citations; locale?: Locale };

/** Paragraphs several pages share, from content/data/shared-text.ts, each with its citation. */
export function SharedText({ id, citations, locale = DEFAULT_LOCALE }: Props) {
  if (!Object.hasOwn(sharedText, id)) throw new Error(`<SharedText id="${id}"> has no entry in content/data/shared-text.ts`);
  return (
    <>
      {sharedParagraphs(id as SharedTextId, locale).map((paragraph) => (
        <p key={paragraph.text} data-shared={id}>
          {paragraph.text}
          {citations ? <Cite src={paragraph.sources.join(' ')} citations={citations} /> : null}
        </p>
      ))}
    </>
  );
}
