'use client';

import { primaryButton } from './buttons';
import { useHydrated } from './useHydrated';

type Props = { label?: string };

/** Opens the browser's print dialog. Not shown without JavaScript, where it could do nothing. */
export function PrintButton({ label = 'Print this page' }: Props) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <button type="button" className={primaryButton} onClick={() => window.print()}>
      {label}
    </button>
  );
}
