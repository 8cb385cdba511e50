import type { ReactNode } from 'react';

type Props = { children: ReactNode; label?: string };

/** An ordered list of procedure steps; the <ol> gives screen readers the count and position. */
export function Steps({ children, label }: Props) {
  return (
    <ol className="steps not-prose my-6 space-y-5" aria-label={label}>
      {children}
    </ol>
  );
}
