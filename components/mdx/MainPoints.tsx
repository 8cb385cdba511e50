import type { ReactNode } from 'react';
import { articleStrings } from '@/lib/i18n/article';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

type Props = { children: ReactNode; locale?: Locale };

/**
 * "The main points": a short list at the top of a long guide, so a reader who
 * stops there still leaves with what matters most. It restates facts from
 * further down the same page and adds none, so the page's sources cover it.
 */
export function MainPoints({ children, locale = DEFAULT_LOCALE }: Props) {
  return (
    <section aria-labelledby="the-main-points" className="main-points not-prose print-break-avoid my-6 border-l-8 border-brand bg-infoTint px-5 py-4">
      <h2 id="the-main-points" className="mb-2 text-xl font-bold">
        {articleStrings[locale].mainPoints}
      </h2>
      <div className="rich">{children}</div>
    </section>
  );
}
