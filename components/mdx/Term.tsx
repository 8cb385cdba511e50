import type { ReactNode } from 'react';
import { glossary, type GlossaryId } from '@/content/data/glossary';
import { staticHref } from '@/lib/site-map/build';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

type Props = { id: string; locale?: Locale; children: ReactNode };

/**
 * A medical word linked to its glossary entry. The short definition is visible
 * text in the "Words used on this page" list that the article layout adds, and
 * the link points to it with aria-describedby, so nothing depends on hovering.
 */
export function Term({ id, locale = DEFAULT_LOCALE, children }: Props) {
  const entry = glossary[id as GlossaryId];
  if (!entry) throw new Error(`<Term id="${id}"> has no entry in content/data/glossary.ts`);
  return (
    <a href={staticHref('glossary', locale, id)} className="term" aria-describedby={`term-${id}`}>
      {children}
    </a>
  );
}
