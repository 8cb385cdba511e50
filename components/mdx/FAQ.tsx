import type { ReactNode } from 'react';

type Props = { children: ReactNode };

/**
 * Questions and answers. Plain headings, not collapsed panels: every answer is
 * visible, printable and searchable, and nothing needs JavaScript. The questions
 * are also read from the MDX source by lib/content/outline.ts for FAQPage data.
 */
export function FAQ({ children }: Props) {
  return <div className="faq not-prose my-6 divide-y divide-line border-y border-line">{children}</div>;
}
