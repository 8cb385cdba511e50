import type { ReactNode } from 'react';
import { articleStrings } from '@/lib/i18n/article';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

type Props = { tone?: 'info' | 'warning'; title?: string; locale?: Locale; children: ReactNode };

/**
 * Inset text (info) or a warning callout. A warning always says "Important" in
 * words, so its meaning never rests on the colour.
 */
export function Callout({ tone = 'info', title, locale = DEFAULT_LOCALE, children }: Props) {
  const t = articleStrings[locale];
  if (tone === 'warning') {
    return (
      <div className="callout callout-warning not-prose my-6 border-l-8 border-warning bg-warningTint p-5">
        <p className="mb-2 text-lg font-bold">
          <span className="sr-only">{t.warning}</span> {title ?? t.important}
        </p>
        <div className="rich">{children}</div>
      </div>
    );
  }
  return (
    <div className="callout callout-info not-prose my-6 border-l-8 border-brand bg-infoTint p-5">
      {title ? <p className="mb-2 text-lg font-bold">{title}</p> : null}
      <div className="rich">{children}</div>
    </div>
  );
}
