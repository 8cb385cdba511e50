import type { ReactNode } from 'react';
import type { CareLevel } from '@/content/data/safety';
import { articleStrings } from '@/lib/i18n/article';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';


type Props = { level: CareLevel; heading: string; headingLevel?: 2 | 3; hidden?: boolean; locale?: Locale; children: ReactNode };

const LEVELS: Record<CareLevel, { box: string; head: string; body: string }> = {
  'non-urgent': {
    box: 'border-4 border-brand',
    head: 'bg-brand text-white',
    body: '',
  },
  urgent: {
    box: 'border-4 border-urgent',
    head: 'bg-urgent text-white',
    body: '',
  },
  emergency: {
    box: 'border-4 border-emergency',
    head: 'bg-emergency text-white',
    // The NHS pattern: an emergency card is solid, so it never looks like an urgent one.
    // Printers drop background colours, so on paper the text turns black.
    body: 'bg-ink text-white print:bg-transparent print:text-black',
  },
};

/**
 * The NHS care card: when and where to get help. The level is said in words
 * (a visible tag and a prefix for screen readers), never by colour alone.
 */
export function CareCard({ level, heading, headingLevel = 3, hidden, locale = DEFAULT_LOCALE, children }: Props) {
  const style = LEVELS[level];
  const words = articleStrings[locale].careLevel[level];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className={`care-card care-card-${level} not-prose print-break-avoid my-8 ${style.box}`} hidden={hidden}>
      <div className={`px-5 py-4 ${style.head}`}>
        <p className="mb-1 text-sm font-bold uppercase tracking-wide" aria-hidden="true">
          {words.label}
        </p>
        <Heading className="text-xl font-bold">
          <span className="sr-only">{words.prefix}</span> {heading}
        </Heading>
      </div>
      <div className={`rich px-5 py-4 ${style.body}`}>
        {children}
      </div>
    </div>
  );
}
