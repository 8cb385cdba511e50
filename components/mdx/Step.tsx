import type { ReactNode } from 'react';

type Props = { title: string; children?: ReactNode };

/** One step of a <Steps> list. The number comes from the list, so it always matches the order. */
export function Step({ title, children }: Props) {
  return (
    <li className="step relative pl-14">
      <h3 className="mb-1 text-lg font-bold">{title}</h3>
      <div className="rich">{children}</div>
    </li>
  );
}
