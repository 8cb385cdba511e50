import type { Citations } from '@/lib/content/citations';
import type { ComposedCard } from '@/lib/safety/compose';
import { Cite } from './Cite';
import type { Locale } from '@/lib/site-map/pages';
import { CareCard } from './CareCard';

type Props = {
  cards: ComposedCard[];
  headingLevel?: 2 | 3;
  className?: string;
  /** On an article, each sign links to the sources behind it. */
  citations?: Citations;
  /** When given, only these signs show; the rest, and cards left with none, are in the page but hidden (for a script to show). */
  visible?: ReadonlySet<string>;
  locale?: Locale;
};

/**
 * Composed warning-sign cards, most urgent first. Each card says what to do
 * and where to go after its list. It holds data, not MDX, so islands can
 * render it too; no card carries a link, so an emergency card never sends a
 * reader away from the page.
 */
export function CareCardList({ cards, headingLevel = 3, className = '', citations, visible, locale }: Props) {
  return (
    <div className={`care-card-list ${className}`}>
      {cards.map((card) => (
        <CareCard
          key={card.level}
          level={card.level}
          heading={card.heading}
          headingLevel={headingLevel}
          locale={locale}
          hidden={visible ? !card.signs.some((sign) => visible.has(sign.id)) : undefined}
        >
          <ul className="list-disc space-y-2 pl-6">
            {card.signs.map((sign) => (
              <li key={sign.id} data-sign={sign.id} hidden={visible ? !visible.has(sign.id) : undefined}>
                {sign.text}
                {citations && sign.sources.length ? <Cite src={sign.sources.join(' ')} citations={citations} /> : null}
                {sign.action ? <span className="sign-action mt-1 block">{sign.action}</span> : null}
              </li>
            ))}
          </ul>
          <p className="care-card-where mt-3 font-bold">{card.where}</p>
        </CareCard>
      ))}
    </div>
  );
}
