import type { FactorId, SignId } from '@/content/data/safety';
import type { Citations } from '@/lib/content/citations';
import { cardsFor } from '@/lib/safety/compose';
import { CareCardList } from './CareCardList';

type Props = {
  /** What the test involves; a procedure page gets its own from its front matter. */
  applies?: FactorId[];
  /** Signs to add to those the factors bring. */
  signs?: SignId[];
  /** The page's numbering, so each sign cites its sources. */
  citations?: Citations;
};

/**
 * "When to get help" cards composed from content/data/safety.ts, the one
 * source of warning signs. Articles write <HelpCards /> and never list signs
 * by hand, so a sign reads the same, at the same level, on every page.
 */
export function HelpCards({ applies = [], signs = [], citations }: Props) {
  const cards = cardsFor({ applies, signs });
  if (!cards.length) throw new Error('<HelpCards> has no warning signs: give it applies or signs');
  return (
    <div className="help-cards">
      <CareCardList cards={cards} citations={citations} />
      <p className="help-cards-sources text-base">
        This advice comes from the hospital and health service pages listed under{' '}
        <a href="#sources">Sources</a> at the end of this page.
      </p>
    </div>
  );
}
