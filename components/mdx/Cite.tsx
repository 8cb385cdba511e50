import { Fragment } from 'react';
import { citeKeys, sourceAnchor, type Citations } from '@/lib/content/citations';
import { articleStrings } from '@/lib/i18n/article';

type Props = {
  /** One registry key, or several separated by commas or spaces. */
  src: string;
  /** The page's numbering; the article layout binds it, so content never writes numbers. */
  citations?: Citations;
};

/**
 * A small numbered reference after a claim, linking to that entry of the
 * page's Sources list. Plain links, so it works without JavaScript and prints.
 */
export function Cite({ src, citations }: Props) {
  if (!citations) throw new Error(`<Cite src="${src}"> needs the page's sources: render the body with articleComponents()`);
  const keys = citeKeys(src);
  if (!keys.length) throw new Error('<Cite> has an empty src');
  const numbered = keys.map((key) => {
    const number = citations.numberOf(key);
    if (!number) throw new Error(`<Cite src="${key}"> is not in this page's sources: add "${key}" to its front matter sources`);
    return { key, number };
  });
  // The search index leaves these out by their class (lib/search/index-rules.ts).
  return (
    <sup className="cite">
      [
      {numbered.map(({ key, number }, i) => (
        <Fragment key={key}>
          {i ? ', ' : null}
          {/* A bare number means little to a screen reader user; the label keeps the number so voice control still matches it. */}
          <a href={`#${sourceAnchor(number)}`} aria-label={articleStrings[citations.locale].citeLabel(number)}>
            {number}
          </a>
        </Fragment>
      ))}
      ]
    </sup>
  );
}
