import type { HelpCard } from '@/content/data/checklist';
import { CareCard } from '@/components/mdx/CareCard';

type Props = { cards: HelpCard[] };

/*
 * On paper the three cards sit side by side, with black text on white: the
 * cards' coloured headings would print as white text on no background, since
 * browsers leave out background colours when printing.
 */
const PRINT =
  'print:grid print:grid-cols-[4fr_4fr_3fr] print:gap-2 print:[&_.care-card]:my-0 print:[&_.care-card]:border-2 print:[&_.care-card]:border-black ' +
  'print:[&_.care-card>div:first-child]:bg-transparent print:[&_.care-card>div:first-child]:px-2 print:[&_.care-card>div:first-child]:py-1 ' +
  'print:[&_.care-card>div:first-child]:text-black print:[&_.care-card_h3]:text-[9.5pt] print:[&_.care-card_h3]:leading-tight print:[&_.care-card_p]:mb-0 print:[&_.care-card_p]:text-[7pt] ' +
  'print:[&_.rich]:px-2 print:[&_.rich]:py-1 print:[&_.rich]:text-[8pt] print:[&_.rich]:leading-snug print:[&_.rich_li]:my-0.5 print:[&_.rich_ul]:space-y-0 print:[&_.rich_ul]:pl-4';

/** "When to get help" after the test, as NHS care cards, most urgent first. */
export function WhenToGetHelp({ cards }: Props) {
  return (
    <section aria-labelledby="when-to-get-help" className="when-to-get-help print-break-avoid mb-10 max-w-prose print:mb-0 print:max-w-none">
      <h2 id="when-to-get-help" className="mb-3 text-2xl font-bold print:mb-1 print:text-[12pt]">
        When to get help
      </h2>
      <p className="print:hidden">After your test, watch for these signs. Your clinic may give you more advice for your test.</p>
      <div className={PRINT}>
        {cards.map((card) => (
          <CareCard key={card.level} level={card.level} heading={card.heading}>
            {/* A plain list: the cards here hold data, not MDX. */}
            <ul className="list-disc space-y-1 pl-6">
              {card.signs.map((sign) => (
                <li key={sign}>{sign}</li>
              ))}
            </ul>
          </CareCard>
        ))}
      </div>
    </section>
  );
}
