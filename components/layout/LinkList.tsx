import type { ReactNode } from 'react';

type Props = {
  /** Heading id, so the section is named by its heading. */
  id: string;
  heading: ReactNode;
  items: { href: string; title: string }[];
  /** "nav" for links between pages of the site, "section" for a list inside the page's content. */
  as?: 'nav' | 'section';
  className?: string;
};

/** A headed list of links; nothing at all when there are no links. */
export function LinkList({ id, heading, items, as: Landmark = 'section', className = '' }: Props) {
  if (!items.length) return null;
  return (
    <Landmark aria-labelledby={id} className={className}>
      <h2 id={id} className="mb-3 text-xl font-bold">
        {heading}
      </h2>
      <ul className="list-disc space-y-2 pl-6">
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.title}</a>
          </li>
        ))}
      </ul>
    </Landmark>
  );
}
