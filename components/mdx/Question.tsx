import type { ReactNode } from 'react';

type Props = { q: string; level?: 2 | 3; children?: ReactNode };

/** One question of a <FAQ>, with its answer. */
export function Question({ q, level = 3, children }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="faq-item py-5">
      <Heading className="mb-2 text-lg font-bold">{q}</Heading>
      <div className="rich">{children}</div>
    </div>
  );
}
