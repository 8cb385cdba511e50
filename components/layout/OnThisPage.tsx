import type { Heading } from '@/content/schema/outline';

type Props = { headings: Pick<Heading, 'id' | 'text'>[] };

/** The contents list: a link to each section (h2) of the article. Left out of site search: it only repeats the headings. */
export function OnThisPage({ headings }: Props) {
  if (headings.length < 2) return null;
  return (
    <nav aria-labelledby="on-this-page" className="on-this-page mb-8 border-l-4 border-line pl-4" data-pagefind-ignore>
      <h2 id="on-this-page" className="mb-2 text-lg font-bold">
        On this page
      </h2>
      <ul className="space-y-1">
        {headings.map((heading) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`} className="inline-block py-0.5">
              {heading.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
