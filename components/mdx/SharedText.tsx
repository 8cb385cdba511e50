import { sharedText, type SharedTextId } from '@/content/data/shared-text';
import type { Citations } from '@/lib/content/citations';
import { Cite } from './Cite';

type Props = { id: string; citations?: Citations };

/** Paragraphs several pages share, from content/data/shared-text.ts, each with its citation. */
export function SharedText({ id, citations }: Props) {
  if (!Object.hasOwn(sharedText, id)) throw new Error(`<SharedText id="${id}"> has no entry in content/data/shared-text.ts`);
  return (
    <>
      {sharedText[id as SharedTextId].map((paragraph) => (
        <p key={paragraph.text} data-shared={id}>
          {paragraph.text}
          {citations ? <Cite src={paragraph.sources.join(' ')} citations={citations} /> : null}
        </p>
      ))}
    </>
  );
}
