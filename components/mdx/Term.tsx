import type { ReactNode } from 'react';
import { glossary, type GlossaryId } from '@/content/data/glossary';
import { staticHref } from '@/lib/site-map/build';

type Props = { id: string; children: ReactNode };

/**
 * A medical word linked to its glossary entry. The short definition is visible
 * text in the "Words used on this page" list that the article layout adds, and
 * the link points to it with aria-describedby, so nothing depends on hovering.
 */
export function Term({ id, children }: Props) {
  const entry = glossary[id as GlossaryId];
  if (!entry) throw new Error(`<Term id="${id}"> has no entry in content/data/glossary.ts`);
  return (
    <a href={staticHref('glossary', undefined, id)} className="term" aria-describedby={`term-${id}`}>
      {children}
    </a>
  );
}
