import type { FactorId, SignId } from '@/content/data/safety';
import type { Citations } from '@/lib/content/citations';
import { articleStrings } from '@/lib/i18n/article';
import { cardsFor } from '@/lib/safety/compose';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import { CareCardList } from './CareCardList';

type Props = {
  /** What the test involves; a procedure page gets its own from its front matter. */
  applies?: FactorId[];
  /** Signs to add to those the factors bring. */
  signs?: SignId[];
  /** The page's numbering, so each sign cites its sources. */
  citations?: Citations;
  locale?: Locale;
};

/**
 * "When to get help" cards composed from content/data/safety.ts, the one
 * source of warning signs. Articles write <HelpCards /> and never list signs
 * by hand, so a sign reads the same, at the same level, on every page.
 */
export function HelpCards({ applies = [], signs = [], citations, locale = DEFAULT_LOCALE }: Props) {
  const cards = cardsFor({ applies, signs }, locale);
  const [before, link, after] = articleStrings[locale].helpCardsSources;
  if (!cards.length) throw new Error('<HelpCards> has no warning signs: give it applies or signs');
  return (
    <div className="help-cards">
      <CareCardList cards={cards} citations={citations} locale={locale} />
      <p className="help-cards-sources text-base">
        {before} <a href="#sources">{link}</a> {after}
      </p>
    </div>
  );
}
